import {
  createAssistant,
  type InboundMessage,
  loadScreeningDialog,
  MemorySessionStore,
  nullLogger,
  type Output,
  type UserInput,
} from '../../../src/index.js';

/** A question as a client saw it: its slot and buttons. */
export type SeenPrompt = { slot: string; choices: { value: string; label: string }[] };

/** What a person does with a question. */
export type Answer = { kind: 'click'; value: string } | { kind: 'type'; text: string };

/** How a person answers every question of a screening. */
export type Plan = { name: string; answer(prompt: SeenPrompt): Answer };

const clicked: Record<string, string> = {
  irs_action: 'final-notice',
  issue_type: 'levy_garnishment',
  hardship: 'yes',
  harm_date: 'no-date',
  tried_irs: 'yes',
  waiting_days: 'one-to-three',
  promised_date_missed: 'no',
  process_failure: 'not-sure',
  disputes_amount: 'no',
  notice: 'none',
  appeal_status: 'none',
  handoff: 'yes',
  contact_email: 'skip',
  represented: 'no',
  consent: 'yes',
};
const typedWhenNoButtons: Record<string, string> = {
  narrative: 'I got a final notice saying the IRS will levy my bank account.',
  contact_name: 'Sam Example',
  contact_phone: '512 555 0199',
  state: 'Texas',
};
const typed: Record<string, string> = {
  narrative: 'The IRS is taking money out of every paycheck and I cannot pay my rent.',
  irs_action: 'they are taking money from my pay',
  issue_type: 'wage garnishment',
  hardship: 'yes',
  harm_date: 'right now',
  tried_irs: 'no',
  waiting_days: 'about two weeks',
  promised_date_missed: 'no',
  process_failure: 'no',
  disputes_amount: 'no',
  notice: 'no letter',
  appeal_status: 'no, nothing filed',
  handoff: 'yes please',
  contact_name: 'Ana Example',
  contact_email: 'ana@example.com',
  contact_phone: '614 555 0142',
  state: 'Ohio',
  represented: 'no',
  consent: 'yes',
};

function click(prompt: SeenPrompt, wanted: Record<string, string>): Answer {
  if (prompt.choices.length === 0) return { kind: 'type', text: typedWhenNoButtons[prompt.slot] ?? 'not sure' };
  const value = wanted[prompt.slot];
  const choice = prompt.choices.find((c) => c.value === value) ?? prompt.choices[0];
  return { kind: 'click', value: choice?.value ?? '' };
}

/** Four ways through the screening: buttons to a hand-off, typing to a hand-off, asking for a person, declining. */
export const plans: readonly Plan[] = [
  { name: 'clicks', answer: (p) => click(p, clicked) },
  { name: 'types', answer: (p) => ({ kind: 'type', text: typed[p.slot] ?? 'not sure' }) },
  {
    name: 'asks-for-a-person',
    answer: (p) =>
      p.slot === 'narrative'
        ? { kind: 'type', text: 'The IRS froze my bank account and I need help now.' }
        : { kind: 'type', text: 'talk to a person' },
  },
  { name: 'declines', answer: (p) => click(p, { ...clicked, handoff: 'no' }) },
];

/** A short way to an outcome: the story, three typed answers, no thanks to the hand-off. */
export const quickPlan: Plan = {
  name: 'types-briefly-and-declines',
  answer: (p) => ({ kind: 'type', text: p.slot === 'handoff' ? 'no thanks' : (typed[p.slot] ?? 'not sure') }),
};

/** Every plan the tests use. */
export const allPlans: readonly Plan[] = [...plans, quickPlan];

/** What a screening must end in, worked out by the core in-process over a memory store. */
export type Expected = { state: unknown; userLines: string[]; handoffs: number; answers: number };

const toInput = (answer: Answer): UserInput =>
  answer.kind === 'click' ? { kind: 'choice', value: answer.value } : { kind: 'text', text: answer.text };

/** Runs `plan` through the core directly: the oracle the server's runs are held to. */
export async function expectedRun(plan: Plan): Promise<Expected> {
  const store = new MemorySessionStore();
  const core = createAssistant({
    dialog: loadScreeningDialog(),
    store,
    logger: nullLogger,
    timeZone: 'America/New_York',
  });
  const conversationId = 'oracle:1';
  const send = (input: UserInput): Promise<Output[]> => {
    const message: InboundMessage = { conversationId, channel: 'web', input, at: Date.now() };
    return core.handle(message);
  };
  let outputs = await send({ kind: 'start' });
  let answers = 0;
  for (let prompt = outputs.findLast((o) => o.kind === 'prompt'); prompt?.kind === 'prompt'; answers += 1) {
    if (answers > 40) throw new Error(`${plan.name} does not finish`);
    outputs = await send(toInput(plan.answer(prompt)));
    prompt = outputs.findLast((o) => o.kind === 'prompt');
  }
  const transcript = await store.transcript(conversationId);
  return {
    state: (await store.load(conversationId))?.state,
    userLines: transcript.filter((l) => l.from === 'user').map((l) => l.text),
    handoffs: (await store.listHandoffs()).length,
    answers,
  };
}
