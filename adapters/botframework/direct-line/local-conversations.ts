import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { type DirectLineStore, MemoryDirectLineStore, redact, type StreamDelivery } from '../../../src/index.js';

/** Direct Line's token answer: the shape of `POST /v3/directline/tokens/generate`. */
export type DirectLineToken = { conversationId: string; token: string; expires_in: number };

/** The bot's identity in local conversations. */
export const LOCAL_BOT = { id: 'screening-bot', name: 'Assistant', role: 'bot' } as const;

/** An activity in a conversation's stream, as JSON. */
export type StreamActivity = Record<string, unknown> & { id: string };

/** An activity as appended: whether it is new (or was there under the same key), and where it stands with the bot. */
export type Appended = { activity: StreamActivity; created: boolean; delivery: StreamDelivery | null };

const TOKEN_SECONDS = 30 * 60; // Direct Line's own default lifetime
const IDLE_MS = 2 * 60 * 60 * 1000; // forget a conversation two hours after its last activity
const MAX_ACTIVITIES = 1000; // a screening is a few dozen; this only stops a runaway client
const userIdPattern = /^[A-Za-z0-9_.:-]{1,64}$/;
// Addresses and ids, never words people typed: kept as they are so the stream still works.
const STRUCTURAL_KEYS = new Set(['id', 'replyToId', 'serviceUrl', 'channelId', 'timestamp', 'clientActivityID']);

/** Pure: a user id for the stream; Web Chat reserves `dl_` ids for tokens made with Azure's secret. */
function acceptUserId(requested: string | undefined): string {
  return requested && userIdPattern.test(requested) && !requested.startsWith('dl_')
    ? requested
    : `visitor-${randomUUID()}`;
}

/** Pure: only a hash of a token is stored, so the database file grants nothing to whoever reads it. */
const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

/** Pure: the activity with every typed string redacted (SSNs, account and card numbers), ids and addresses kept. */
function redactStrings(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return STRUCTURAL_KEYS.has(key) ? value : redact(value);
  if (Array.isArray(value)) return value.map((item) => redactStrings(item));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactStrings(v, k)]));
}

/** Pure: the stream id of the activity at `seq`; sorts with its place. */
const activityId = (conversationId: string, seq: number): string => `${conversationId}|${String(seq).padStart(7, '0')}`;

/** Pure: the place in the stream of an activity id of this conversation, or undefined. */
function seqOf(conversationId: string, id: string): number | undefined {
  const prefix = `${conversationId}|`;
  const seq = id.startsWith(prefix) ? Number(id.slice(prefix.length)) : Number.NaN;
  return Number.isInteger(seq) && seq >= 0 ? seq : undefined;
}

/**
 * The local Direct Line stand-in's conversations over a `DirectLineStore`: their activity streams (the
 * watermark is an index into the stream), the tokens that grant access to them, and which of the visitor's
 * activities the bot has accepted. Typed words are stored redacted.
 */
export class LocalConversations {
  constructor(
    private readonly store: DirectLineStore = new MemoryDirectLineStore(),
    private readonly now: () => number = Date.now,
  ) {}

  /** Opens a new conversation and a token for it (not started until the client connects). */
  open(requestedUserId?: string): DirectLineToken {
    const now = this.now();
    this.store.sweep(now - IDLE_MS, now);
    const id = randomUUID().replaceAll('-', '');
    this.store.addConversation({ id, userId: acceptUserId(requestedUserId), at: now });
    return this.grant(id);
  }

  /** Issues a fresh token for a conversation. */
  grant(conversationId: string): DirectLineToken {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = this.now() + TOKEN_SECONDS * 1000;
    this.store.addGrant({ tokenHash: hashToken(token), conversationId, expiresAt });
    return { conversationId, token, expires_in: TOKEN_SECONDS };
  }

  /** The conversation a live token grants, or undefined when the token is unknown or expired. */
  conversationOf(token: string): string | undefined {
    const grant = this.store.findGrant(hashToken(token));
    if (!grant || grant.expiresAt <= this.now()) return undefined;
    return this.store.getConversation(grant.conversationId) ? grant.conversationId : undefined;
  }

  /** The visitor's id in a conversation. */
  userOf(conversationId: string): string | undefined {
    return this.store.getConversation(conversationId)?.userId;
  }

  /**
   * Appends an activity to the stream with the next id, or finds the one appended before under `key`.
   * A visitor's activity (`toBot`) starts `pending`. Undefined when the conversation is gone or full.
   */
  append(
    conversationId: string,
    activity: Record<string, unknown>,
    options: { key?: string | undefined; toBot?: boolean } = {},
  ): Appended | undefined {
    const conversation = this.store.getConversation(conversationId);
    if (!conversation || conversation.size >= MAX_ACTIVITIES) return undefined;
    const at = this.now();
    const stamped = { ...activity, timestamp: new Date(at).toISOString() };
    const added = this.store.append(conversationId, {
      activity: redactStrings(stamped) as Record<string, unknown>,
      at,
      ...(options.key !== undefined ? { key: options.key } : {}),
      ...(options.toBot ? { delivery: 'pending' as const } : {}),
    });
    if (!added) return undefined;
    const { record, created } = added;
    // The caller gets its own words back; only the stored copy is redacted.
    const kept = created ? stamped : record.activity;
    return { activity: { ...kept, id: activityId(conversationId, record.seq) }, created, delivery: record.delivery };
  }

  /** The activities after a watermark, and the new watermark; undefined when the conversation is gone. */
  read(
    conversationId: string,
    watermark: string | undefined,
  ): { activities: StreamActivity[]; watermark: string } | undefined {
    const conversation = this.store.getConversation(conversationId);
    if (!conversation) return undefined;
    const from = Number.parseInt(watermark ?? '', 10);
    const start = Number.isInteger(from) && from > 0 ? from : 0;
    const activities = this.store
      .read(conversationId, start)
      .map((r) => ({ ...r.activity, id: activityId(conversationId, r.seq) }));
    return { activities, watermark: String(conversation.size) };
  }

  /** Records whether the bot accepted a visitor's activity. */
  settle(conversationId: string, id: string, delivery: Exclude<StreamDelivery, 'pending'>): void {
    const seq = seqOf(conversationId, id);
    if (seq !== undefined) this.store.setDelivery(conversationId, seq, delivery);
  }

  /** The visitor's activities the bot never confirmed (a crash took the process meanwhile), oldest first. */
  unsettled(conversationId: string): StreamActivity[] {
    return this.store.pending(conversationId).map((r) => ({ ...r.activity, id: activityId(conversationId, r.seq) }));
  }
}
