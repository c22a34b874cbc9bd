/**
 * Where a visitor's activity stands with the bot: `pending` until the bot accepted it (left pending by a
 * crash, it is delivered again), `delivered`, or `failed` (the client was told and may send it again).
 */
export type StreamDelivery = 'pending' | 'delivered' | 'failed';

/** One activity of a stream, at its place (`seq`, from 0); `delivery` is null for the bot's own activities. */
export type StreamRecord = { seq: number; activity: Record<string, unknown>; delivery: StreamDelivery | null };

/** A local Direct Line conversation: whose it is, how many activities its stream holds, when it was last used. */
export type StreamConversation = { id: string; userId: string; size: number; touchedAt: number };

/** What to append: the activity, an optional idempotency key, and the delivery state of a visitor's activity. */
export type StreamAppend = { activity: Record<string, unknown>; at: number; key?: string; delivery?: StreamDelivery };

/** Pure: what is left of an erased activity: a bare event with its id, time and sender (ids and role only). */
export function blankActivity(activity: Record<string, unknown>): Record<string, unknown> {
  const from = (typeof activity.from === 'object' && activity.from !== null ? activity.from : {}) as {
    id?: unknown;
    role?: unknown;
  };
  return {
    id: activity.id,
    type: 'event',
    name: 'erased',
    timestamp: activity.timestamp,
    from: { id: from.id, role: from.role },
  };
}

/**
 * The local Direct Line's storage port: conversations, their activity streams (the watermark is the
 * number of activities read) and the tokens that grant them, kept by token hash only.
 * Synchronous: the stand-in runs in-process over an embedded database, so an append is atomic.
 */
export interface DirectLineStore {
  addConversation(conversation: { id: string; userId: string; at: number }): void;
  getConversation(id: string): StreamConversation | undefined;
  addGrant(grant: { tokenHash: string; conversationId: string; expiresAt: number }): void;
  /** The grant of a token hash, expired or not; undefined when unknown. */
  findGrant(tokenHash: string): { conversationId: string; expiresAt: number } | undefined;
  /**
   * Appends at `seq = size` and touches the conversation; when `key` was appended before, returns that
   * activity instead with `created: false`. Undefined when the conversation is gone.
   */
  append(conversationId: string, entry: StreamAppend): { record: StreamRecord; created: boolean } | undefined;
  /** The stream from `fromSeq` on, oldest first. */
  read(conversationId: string, fromSeq: number): StreamRecord[];
  setDelivery(conversationId: string, seq: number, delivery: StreamDelivery): void;
  /** Visitors' activities still `pending`, oldest first. */
  pending(conversationId: string): StreamRecord[];
  /** Deletes conversations untouched since `idleBefore` (with their streams and tokens) and tokens expired at `now`. */
  sweep(idleBefore: number, now: number): void;
  /** Erases one conversation, its stream and its tokens. */
  forget(conversationId: string): void;
  /**
   * For "delete my data" mid-conversation: every settled activity of the stream becomes a bare `erased`
   * event keeping only its id, place, time and sender's role, so watermarks hold and the conversation
   * goes on; activities still pending (the request being answered) stay as they are.
   */
  blank(conversationId: string): void;
  close(): void;
}
