import { randomUUID } from 'node:crypto';
import type { InboundMessage, Output } from './api.js';
import type { Dialog } from './dialog/schema.js';
import { initialState } from './engine/initial-state.js';
import type { SessionState } from './engine/state.js';
import { isExactSessionState } from './engine/state-check.js';
import { step } from './engine/step.js';
import type { EngineOutput } from './engine/types.js';
import { buildHandoffSummary, type HandoffSummary } from './handoff/summary.js';
import { limitInput } from './input-limit.js';
import type { Logger } from './log/logger.js';
import type { SessionStore, TranscriptEntry } from './storage/session-store.js';
import { redact } from './understanding/redact.js';

/** What a channel adapter talks to. */
export interface Assistant {
  /**
   * Loads the conversation, steps the screening, commits state, transcript and any hand-off in one
   * transaction, then returns what to show. One turn at a time per conversation; a repeated
   * `deliveryId` gets the first answer's outputs again and changes nothing.
   */
  handle(message: InboundMessage): Promise<Output[]>;
}

/** What the assistant needs: the dialog, where sessions live, a logger, and the firm's time zone for "today". */
export type AssistantDeps = {
  dialog: Dialog;
  store: SessionStore;
  logger: Logger;
  timeZone: string;
  newId?: () => string;
  /** A session silent longer than this starts over at its next message (SESSION_TTL_HOURS); unset: never. */
  sessionTtlMs?: number;
};

/** Pure: the calendar date at `at` in `timeZone`, as YYYY-MM-DD. */
export function dateIn(timeZone: string, at: number): string {
  let zone = DATE_FORMATS.get(timeZone);
  if (!zone) {
    const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    zone = { format, second: Number.NaN, date: '' };
    DATE_FORMATS.set(timeZone, zone);
  }
  // Zone offsets are whole seconds, so a date changes only on a second's boundary: one format per second and zone.
  const second = Math.floor(at / 1000);
  if (second !== zone.second) {
    zone.date = zone.format.format(at);
    zone.second = second;
  }
  return zone.date;
}

// Building a formatter costs far more than using one: one per zone, made once, with the last date it gave.
const DATE_FORMATS = new Map<string, { format: Intl.DateTimeFormat; second: number; date: string }>();

function inputText(message: InboundMessage): string | undefined {
  const { input } = message;
  if (input.kind === 'text') return input.text;
  if (input.kind === 'choice') return input.value;
  return undefined;
}

function botLines(outputs: readonly EngineOutput[], at: number): TranscriptEntry[] {
  return outputs.flatMap((o): TranscriptEntry[] => {
    if (o.kind === 'prompt') return [{ from: 'bot', text: o.text, at, slot: o.slot }];
    if (o.kind === 'say' || o.kind === 'outcome' || o.kind === 'handoff' || o.kind === 'end')
      return [{ from: 'bot', text: o.text, at }];
    return [];
  });
}

async function parseState(stored: unknown): Promise<SessionState | undefined> {
  // What this code stored passes the exact-shape check; the schema decides anything else (older shapes, damage).
  if (isExactSessionState(stored)) return stored;
  // Loaded only then: zod stays off the start (the terminal's first prompt).
  const { sessionStateSchema } = await import('./engine/state.js');
  const parsed = sessionStateSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  // Unreadable or from an older shape: a state of no known version makes the engine restart politely.
  return initialState('', 0);
}

/** Creates the assistant; every channel adapter calls its `handle`. */
export function createAssistant(deps: AssistantDeps): Assistant {
  const { dialog, store, logger } = deps;
  const newId = deps.newId ?? (() => randomUUID());
  const queues = new Map<string, Promise<unknown>>();

  async function turn(message: InboundMessage): Promise<Output[]> {
    const { conversationId, at } = message;
    if (message.deliveryId) {
      const before = await store.findDelivery(conversationId, message.deliveryId);
      if (before !== undefined) return before as Output[];
    }
    const loaded = await store.load(conversationId);
    // Closed for idleness: the hourly purge would delete it; until then it is not resumed either.
    const idle = loaded && deps.sessionTtlMs !== undefined && at - loaded.updatedAt > deps.sessionTtlMs;
    const stored = idle ? undefined : loaded;
    const state = stored ? await parseState(stored.state) : undefined;
    let inZone: string | undefined;
    // Worked out only if the turn needs the date: a greeting does not, and a process's first formatter is dear.
    const today = message.today ?? state?.today ?? (() => (inZone ??= dateIn(deps.timeZone, at)));
    const result = step(dialog, state, message.input, today);
    const said = inputText(message);
    const transcript: TranscriptEntry[] = [
      ...(said !== undefined ? [{ from: 'user' as const, text: redact(said), at }] : []),
      ...botLines(result.outputs, at),
    ];
    if (result.outputs.some((o) => o.kind === 'forget')) {
      await store.forget(conversationId);
      logger.info('conversation.forgotten', { conversationId });
      return toOutputs(result.outputs, undefined);
    }
    let handoff: HandoffSummary | undefined;
    const request = result.outputs.find((o) => o.kind === 'handoff');
    if (request?.kind === 'handoff') {
      const earlier = await store.transcript(conversationId);
      handoff = buildHandoffSummary({
        id: newId(),
        conversationId,
        channel: message.channel,
        createdAt: at,
        reason: request.reason,
        ...(message.user ? { ranBy: message.user } : {}),
        outcome: request.outcome,
        facts: request.facts,
        evidence: request.evidence,
        transcript: [...earlier, ...transcript],
      });
    }
    const outputs = toOutputs(result.outputs, handoff);
    const nextState: SessionState = { ...result.state, today: message.today ?? result.state.today };
    await store.commitTurn({
      conversationId,
      state: nextState,
      at,
      transcript,
      ...(handoff ? { handoff } : {}),
      ...(message.deliveryId
        ? { delivery: { id: message.deliveryId, outputs, ...(message.confirmShown ? { confirm: true } : {}) } }
        : {}),
    });
    logger.info('turn', {
      conversationId,
      channel: message.channel,
      turn: nextState.turnId,
      outputs: outputs.map((o) => o.kind),
    });
    logger.debug('turn.text', { conversationId, text: said });
    if (handoff) logger.info('handoff.created', { conversationId, handoffId: handoff.id, urgency: handoff.urgency });
    return outputs;
  }

  return {
    handle(received) {
      // Capped and cleaned before anything reads it: a huge or binary text costs understanding dearly.
      const message: InboundMessage = { ...received, input: limitInput(received.input) };
      const previous = queues.get(message.conversationId) ?? Promise.resolve();
      const next = previous.then(
        () => turn(message),
        () => turn(message),
      );
      queues.set(message.conversationId, next);
      void next
        .finally(() => {
          if (queues.get(message.conversationId) === next) queues.delete(message.conversationId);
        })
        .catch(() => undefined);
      return next;
    },
  };
}

function toOutputs(outputs: readonly EngineOutput[], handoff: HandoffSummary | undefined): Output[] {
  return outputs.flatMap((o): Output[] => {
    if (o.kind === 'forget') return [];
    if (o.kind === 'handoff') return handoff ? [{ kind: 'handoff', summary: handoff, text: o.text }] : [];
    return [o];
  });
}
