import type { Posted, SlackHarness } from './slack-harness.js';

/** How to answer one slot: click the button with this value (typing `text` when there is none), or type. */
export type Answer = { click: string; text: string } | { text: string };

type Meta = { event_type: string; event_payload: Record<string, unknown> };
export const metaOf = (m: Posted): Meta | undefined => m.metadata as Meta | undefined;

const hasButton = (m: Posted, value: string) =>
  JSON.stringify(m.blocks ?? []).includes(`"value":${JSON.stringify(value)}`);

/** Answers the questions of the screening in thread `threadTs` until a hand-off is posted; returns the slots asked. */
export async function driveScreening(
  h: SlackHarness,
  threadTs: string,
  plan: Record<string, Answer>,
): Promise<string[]> {
  const asked: string[] = [];
  for (let turn = 0; turn < 40; turn += 1) {
    const messages = h.thread(threadTs);
    if (messages.some((m) => metaOf(m)?.event_type === 'tas_handoff')) return asked;
    const prompt = [...messages].reverse().find((m) => metaOf(m)?.event_type === 'tas_prompt');
    if (!prompt) throw new Error('no question posted');
    const slot = String(metaOf(prompt)?.event_payload.slot);
    asked.push(slot);
    const answer = plan[slot] ?? { text: "I'm not sure" };
    const before = h.api.posted().length;
    const response =
      'click' in answer && hasButton(prompt, answer.click)
        ? await h.click(prompt, { actionIdPrefix: 'tas_choice_', value: answer.click })
        : await h.reply(threadTs, answer.text);
    if (response.status !== 200) throw new Error(`Slack answered ${response.status}`);
    if (h.api.posted().length === before) throw new Error(`nothing posted after answering ${slot}`);
    if (h.thread(threadTs).some((m) => metaOf(m)?.event_type === 'tas_handoff')) return asked;
  }
  throw new Error(`no hand-off after 40 turns: ${asked.join(', ')}`);
}
