import { z } from 'zod';
import type { HandoffSummary } from '../handoff/summary-schema.js';

/** One line of a conversation as stored: already redacted by the caller. */
export const transcriptEntrySchema = z.object({
  from: z.enum(['bot', 'user']),
  text: z.string(),
  at: z.number(),
  slot: z.string().optional(),
});
export type TranscriptEntry = z.infer<typeof transcriptEntrySchema>;

/** A conversation's saved engine state; `state` is opaque here and validated by the engine. */
export type StoredSession = { state: unknown; updatedAt: number };

/** Everything one turn writes, committed together or not at all. */
export type TurnCommit = {
  conversationId: string;
  state: unknown;
  at: number;
  transcript: TranscriptEntry[]; // appended
  handoff?: HandoffSummary; // written to the hand-off outbox in the same transaction
  /** Remembered so a repeat gets the same outputs; `confirm`: they wait as unshown until `markShown`. */
  delivery?: { id: string; outputs: unknown; confirm?: boolean };
};

/**
 * A hand-off in the outbox. `pending`: never tried; `failed`: the last attempt failed and
 * another is due at `nextAttemptAt`; `delivered`: done. Both `pending` and `failed` are retried.
 */
export type HandoffRecord = {
  summary: HandoffSummary;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastError?: string;
  nextAttemptAt: number;
  createdAt: number;
  deliveredAt?: number;
  claimedBy?: string;
  claimedAt?: number;
};

/**
 * What a retention pass removes. Sessions last touched before `idleBefore` are closed: their state and
 * remembered deliveries go, so the next message starts afresh. Transcript lines, hand-offs and
 * sessions from before `deleteBefore` are deleted outright.
 */
export type PurgePolicy = { idleBefore: number; deleteBefore: number };

/** How many rows a purge removed, per kind; for the log line. */
export type PurgeCounts = { sessions: number; deliveries: number; transcriptLines: number; handoffs: number };

/** The per-conversation storage port the core drives. */
export interface SessionStore {
  load(conversationId: string): Promise<StoredSession | undefined>;
  /** Writes state, transcript lines, hand-off and delivery id in one transaction. */
  commitTurn(turn: TurnCommit): Promise<void>;
  /**
   * The outputs given before for this delivery, or undefined when it is new. Only a conversation's latest
   * delivery (and any still unshown) keeps its outputs; an older one is known, and answered with none.
   */
  findDelivery(conversationId: string, deliveryId: string): Promise<unknown | undefined>;
  /** The conversation's transcript, oldest first. */
  transcript(conversationId: string): Promise<TranscriptEntry[]>;
  /** Erases state, transcript, deliveries and hand-offs of one person. */
  forget(conversationId: string): Promise<void>;
  /** Closes idle sessions and deletes data past retention, in one transaction. */
  purge(policy: PurgePolicy): Promise<PurgeCounts>;
  close(): Promise<void>;
}

/** A delivery whose outputs the channel has not all shown yet: `outputs[shown]` is the next to show. */
export type UnshownDelivery = {
  conversationId: string;
  deliveryId: string;
  outputs: unknown;
  shown: number;
  at: number;
};

/**
 * The reply outbox port, for a channel that posts replies itself (Slack): a turn committed with
 * `delivery.confirm` keeps its outputs as unshown until the channel says it showed them, so what a
 * crash or an outage interrupted is found again and shown once.
 */
export interface ReplyOutbox {
  /** The first `shown` outputs were shown; without it, all were and the delivery leaves the outbox. */
  markShown(conversationId: string, deliveryId: string, shown?: number): Promise<void>;
  /** Deliveries with outputs not yet shown, of conversations whose id starts with `prefix`, oldest first. */
  unshownDeliveries(prefix: string, limit: number): Promise<UnshownDelivery[]>;
}

/** A message a channel posted for a hand-off: the message itself, a reply in its thread, or a reminder. */
export type HandoffPost = { kind: 'message' | 'reply' | 'reminder'; channel: string; ts: string; at: number };

/** Where a channel keeps the messages it posted for each hand-off, so that a restart knows them. */
export interface HandoffPosts {
  /** Remembers one posted message (the same `ts` twice is kept once). */
  addHandoffPost(handoffId: string, post: HandoffPost): Promise<void>;
  /** The messages posted for a hand-off, in the order they were recorded. */
  handoffPosts(handoffId: string): Promise<HandoffPost[]>;
}

/** The hand-off outbox port: listing for staff, delivery with retry, claiming by one advisor. */
export interface HandoffStore {
  /** Newest first. */
  listHandoffs(filter?: { status?: HandoffRecord['status'] }): Promise<HandoffRecord[]>;
  getHandoff(id: string): Promise<HandoffRecord | undefined>;
  /** Not yet delivered and due at `now`, the longest-waiting first. */
  dueForDelivery(now: number, limit: number): Promise<HandoffRecord[]>;
  /** No-op when the hand-off is gone (forgotten meanwhile). */
  markDelivered(id: string, at: number): Promise<void>;
  /** Counts the attempt, keeps the error, schedules the next; no-op when the hand-off is gone. */
  markAttemptFailed(id: string, error: string, nextAttemptAt: number): Promise<void>;
  /** Atomic: the first claim wins; the same claimer again gets ok. Throws StorageError 'not-found' for an unknown id. */
  claimHandoff(id: string, by: string, at: number): Promise<{ ok: true } | { ok: false; claimedBy: string }>;
}

// In its own module so that the SQLite store opens without zod (this module's transcript schema needs it).
export { StorageError } from './storage-error.js';
