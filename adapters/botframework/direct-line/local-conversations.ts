import { randomBytes, randomUUID } from 'node:crypto';

/** Direct Line's token answer: the shape of `POST /v3/directline/tokens/generate`. */
export type DirectLineToken = { conversationId: string; token: string; expires_in: number };

/** An activity in a conversation's stream, as JSON. */
export type StreamActivity = Record<string, unknown> & { id: string };

type Conversation = { id: string; userId: string; activities: StreamActivity[]; started: boolean; touchedAt: number };
type Grant = { conversationId: string; expiresAt: number };

const TOKEN_SECONDS = 30 * 60; // Direct Line's own default lifetime
const IDLE_MS = 2 * 60 * 60 * 1000; // forget a conversation two hours after its last activity
const MAX_ACTIVITIES = 1000; // a screening is a few dozen; this only stops a runaway client
const userIdPattern = /^[A-Za-z0-9_.:-]{1,64}$/;

/** Pure: a user id for the stream; Web Chat reserves `dl_` ids for tokens made with Azure's secret. */
function acceptUserId(requested: string | undefined): string {
  return requested && userIdPattern.test(requested) && !requested.startsWith('dl_')
    ? requested
    : `visitor-${randomUUID()}`;
}

/**
 * The in-memory state of the local Direct Line stand-in: conversations, their activity streams
 * (the watermark is an index into the stream) and the tokens that grant access to them.
 */
export class LocalConversations {
  private readonly conversations = new Map<string, Conversation>();
  private readonly grants = new Map<string, Grant>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Opens a new conversation and a token for it (not started until the client connects). */
  open(requestedUserId?: string): DirectLineToken {
    this.sweep();
    const id = randomUUID().replaceAll('-', '');
    this.conversations.set(id, {
      id,
      userId: acceptUserId(requestedUserId),
      activities: [],
      started: false,
      touchedAt: this.now(),
    });
    return this.grant(id);
  }

  /** Issues a fresh token for a conversation. */
  grant(conversationId: string): DirectLineToken {
    const token = randomBytes(32).toString('base64url');
    this.grants.set(token, { conversationId, expiresAt: this.now() + TOKEN_SECONDS * 1000 });
    return { conversationId, token, expires_in: TOKEN_SECONDS };
  }

  /** The conversation a live token grants, or undefined when the token is unknown or expired. */
  conversationOf(token: string): string | undefined {
    const grant = this.grants.get(token);
    if (!grant) return undefined;
    if (grant.expiresAt <= this.now()) {
      this.grants.delete(token);
      return undefined;
    }
    return this.conversations.has(grant.conversationId) ? grant.conversationId : undefined;
  }

  /** Marks a conversation started; true only the first time, so the welcome is delivered once. */
  start(conversationId: string): boolean {
    const conversation = this.conversations.get(conversationId);
    if (!conversation || conversation.started) return false;
    conversation.started = true;
    return true;
  }

  /** The visitor's id in a conversation. */
  userOf(conversationId: string): string | undefined {
    return this.conversations.get(conversationId)?.userId;
  }

  /** Appends an activity to the stream with the next id; undefined when the conversation is gone or full. */
  append(conversationId: string, activity: Record<string, unknown>): StreamActivity | undefined {
    const conversation = this.conversations.get(conversationId);
    if (!conversation || conversation.activities.length >= MAX_ACTIVITIES) return undefined;
    const id = `${conversationId}|${String(conversation.activities.length).padStart(7, '0')}`;
    const stamped: StreamActivity = { ...activity, id, timestamp: new Date(this.now()).toISOString() };
    conversation.activities.push(stamped);
    conversation.touchedAt = this.now();
    return stamped;
  }

  /** The activities after a watermark, and the new watermark; undefined when the conversation is gone. */
  read(
    conversationId: string,
    watermark: string | undefined,
  ): { activities: StreamActivity[]; watermark: string } | undefined {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) return undefined;
    const from = Number.parseInt(watermark ?? '', 10);
    const start = Number.isInteger(from) && from > 0 ? from : 0;
    return { activities: conversation.activities.slice(start), watermark: String(conversation.activities.length) };
  }

  /** Forgets idle conversations and expired tokens. */
  private sweep(): void {
    const now = this.now();
    for (const [id, conversation] of this.conversations) {
      if (now - conversation.touchedAt > IDLE_MS) this.conversations.delete(id);
    }
    for (const [token, grant] of this.grants) {
      if (grant.expiresAt <= now || !this.conversations.has(grant.conversationId)) this.grants.delete(token);
    }
  }
}
