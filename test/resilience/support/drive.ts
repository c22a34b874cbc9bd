import { SqliteSessionStore } from '../../../src/storage/sqlite-session-store.js';
import type { Copies, ScreeningClient } from './http.js';
import type { Answer, Expected, Plan } from './plans.js';

/** One screening the test ran: who, how, and what the client saw. */
export type Run = { client: ScreeningClient; plan: Plan; slots: string[]; ended: boolean; handoffShown?: string };

/** Answers every question by `plan` until the screening ends; `copies` mixes duplicates into chosen answers. */
export async function screen(
  client: ScreeningClient,
  plan: Plan,
  copies: (step: number, answer: Answer) => Copies = () => 'none',
  afterAnswer: () => void = () => undefined,
): Promise<Run> {
  const run: Run = { client, plan, slots: [], ended: false };
  let turn = await client.start();
  for (let step = 0; turn.prompt; step += 1) {
    if (step > 40) throw new Error(`${plan.name} on ${client.channel} did not finish: ${run.slots.join(', ')}`);
    run.slots.push(turn.prompt.slot);
    const answer = plan.answer(turn.prompt);
    turn = await client.answer(turn.prompt, answer, copies(step, answer));
    afterAnswer();
  }
  run.ended = turn.ended;
  if (turn.handoffId) run.handoffShown = turn.handoffId;
  return run;
}

/**
 * Holds each run to what the core alone does with the same plan, in the server's database: the same final
 * state (every answer applied once, to its own question), the same words in the transcript (a "help" typed
 * to recover counted apart) and the same number of hand-offs. Returns the differences, none when all is well.
 */
export async function differences(dataDir: string, runs: readonly Run[], expected: Map<string, Expected>) {
  const store = new SqliteSessionStore(dataDir);
  try {
    const handoffs = await store.listHandoffs();
    const problems: string[] = [];
    for (const run of runs) {
      const id = run.client.conversationId();
      const want = expected.get(run.plan.name);
      if (!want) throw new Error(`no expectation for ${run.plan.name}`);
      const label = `${run.plan.name} on ${run.client.channel} (${id})`;
      const state = (await store.load(id))?.state;
      if (JSON.stringify(state) !== JSON.stringify(want.state)) problems.push(`${label}: state differs`);
      const said = (await store.transcript(id)).filter((l) => l.from === 'user').map((l) => l.text);
      const helped = said.filter((t) => t === 'help').length;
      const words = said.filter((t) => t !== 'help');
      if (helped !== run.client.recoveries || JSON.stringify(words) !== JSON.stringify(want.userLines)) {
        problems.push(`${label}: user lines ${JSON.stringify(said)} != ${JSON.stringify(want.userLines)}`);
      }
      const mine = handoffs.filter((h) => h.summary.conversationId === id);
      if (mine.length !== want.handoffs) problems.push(`${label}: ${mine.length} hand-offs, expected ${want.handoffs}`);
      // The confirmation the person saw is the hand-off that was committed, not a copy made before.
      if (run.handoffShown !== mine[0]?.summary.id) problems.push(`${label}: confirmed ${run.handoffShown}`);
      if (!run.ended) problems.push(`${label}: did not end`);
    }
    return { problems, handoffs };
  } finally {
    await store.close();
  }
}
