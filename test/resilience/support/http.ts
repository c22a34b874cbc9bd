import { APOLOGY } from '../../../adapters/botframework/screening-bot.js';
import type { Answer, SeenPrompt } from './plans.js';

/** What the bot's answer to one input showed: the question now open, or the end. */
export type BotTurn = { prompt?: SeenPrompt & { key?: string }; ended: boolean; handoffId?: string };

/** Copies mixed into one answer: none, the same delivery twice at once (a retry), or a double click. */
export type Copies = 'none' | 'repeat' | 'double-click';

/** One person screening over one channel, as the test drives them. */
export interface ScreeningClient {
  readonly channel: 'web' | 'bot' | 'slack';
  /** The core's conversation id, once started. */
  conversationId(): string;
  start(): Promise<BotTurn>;
  answer(prompt: NonNullable<BotTurn['prompt']>, answer: Answer, copies: Copies): Promise<BotTurn>;
  /** How many "help" messages the client sent to get a lost question back (Slack only). */
  recoveries: number;
}

/** Counts server restarts, so a client can tell that an answer may have been lost with a process. */
export type World = { generation: number };

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How long one request may take: generous, since two cores may be shared with much else. */
export const REQUEST_TIMEOUT_MS = 60_000;

/**
 * Sends a request until the server answers it (a client that retries while the server restarts):
 * network errors, 5xx and 429 are tried again, the same request each time, until `deadlineMs`.
 */
export async function retrying(send: () => Promise<Response>, deadlineMs = 120_000): Promise<Response> {
  const deadline = Date.now() + deadlineMs;
  let last = 'no attempt';
  while (Date.now() < deadline) {
    try {
      const response = await send();
      if (response.status < 500 && response.status !== 429) return response;
      last = `HTTP ${response.status}: ${await response.text()}`;
    } catch (error) {
      last = error instanceof Error ? `${error.message} ${String(error.cause ?? '')}` : String(error);
    }
    await sleep(100 + Math.random() * 200);
  }
  throw new Error(`gave up after ${deadlineMs} ms: ${last}`);
}

/** POSTs JSON with a per-attempt timeout. */
export const postJson = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });

type BotActivity = {
  type?: string;
  text?: string;
  replyToId?: string;
  channelData?: { slot?: string; outcome?: unknown; handoff?: { id?: string } };
  suggestedActions?: { actions?: { title?: string; value?: { choice?: string; prompt?: string } }[] };
};

/**
 * Pure: a Bot Framework channel's view of one bot turn: the last question among the activities, or the end.
 * Throws on nothing at all or on the adapter's apology: a turn that failed is not an end.
 */
export function turnOf(activities: readonly unknown[]): BotTurn {
  const messages = (activities as BotActivity[]).filter((a) => a.type === 'message');
  if (messages.length === 0 || messages.some((a) => a.text === APOLOGY)) {
    throw new Error(`not a turn: ${JSON.stringify(messages).slice(0, 500)}`);
  }
  const question = messages.findLast((a) => typeof a.channelData?.slot === 'string');
  const handoffId = messages.find((a) => typeof a.channelData?.handoff?.id === 'string')?.channelData?.handoff?.id;
  if (!question) return handoffId ? { ended: true, handoffId } : { ended: true };
  const actions = question.suggestedActions?.actions ?? [];
  const key = actions[0]?.value?.prompt;
  return {
    ended: false,
    prompt: {
      slot: question.channelData?.slot as string,
      choices: actions.map((a) => ({ value: a.value?.choice ?? '', label: a.title ?? '' })),
      ...(key ? { key } : {}),
    },
  };
}

/** Pure: a button press or typed words as a Bot Framework message activity's content. */
export function messageContent(prompt: NonNullable<BotTurn['prompt']>, answer: Answer): Record<string, unknown> {
  if (answer.kind === 'type') return { type: 'message', text: answer.text };
  const label = prompt.choices.find((c) => c.value === answer.value)?.label ?? answer.value;
  return {
    type: 'message',
    text: label,
    value: prompt.key ? { choice: answer.value, prompt: prompt.key } : { choice: answer.value },
  };
}
