import { isBuiltHandoffSummary } from '../handoff/summary.js';
import { type HandoffSummary, handoffSummarySchema } from '../handoff/summary-schema.js';
import type {
  HandoffPost,
  HandoffPosts,
  HandoffRecord,
  HandoffStore,
  PurgeCounts,
  PurgePolicy,
  ReplyOutbox,
  SessionStore,
  StoredSession,
  TranscriptEntry,
  TurnCommit,
  UnshownDelivery,
} from './session-store.js';
import { StorageError } from './session-store.js';

/** Round-trips through JSON, like the SQLite store, so tests catch state that cannot be stored. */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value ?? null)) as T;

/** A transcript line as the SQLite store keeps it (its four columns), frozen: it is handed out without copying. */
const storedLine = (line: TranscriptEntry): TranscriptEntry =>
  Object.freeze({
    from: line.from,
    text: line.text,
    at: line.at,
    ...(line.slot !== undefined ? { slot: line.slot } : {}),
  });

/** A hand-off as kept: its summary as JSON, like the SQLite row; the rest of the record as it changes. */
type StoredHandoff = {
  conversationId: string;
  summary: string;
  record: Omit<HandoffRecord, 'summary'>;
  seq: number;
  posts: HandoffPost[];
};

/** Pure: a fresh copy of a stored hand-off's record, summary included. */
const recordOf = (entry: StoredHandoff): HandoffRecord => ({
  summary: JSON.parse(entry.summary) as HandoffSummary,
  ...copy(entry.record),
});

type Conversation = {
  /** The state as JSON, like the SQLite row: written once per turn, parsed into a fresh copy by each load. */
  session?: { state: string; updatedAt: number };
  transcript: TranscriptEntry[];
  deliveries: Map<string, { outputs: string; at: number; shown?: number }>;
};

/** In-memory store with the SQLite store's behaviour, for tests. */
export class MemorySessionStore implements SessionStore, HandoffStore, HandoffPosts, ReplyOutbox {
  private readonly conversations = new Map<string, Conversation>();
  private readonly handoffs = new Map<string, StoredHandoff>();
  private seq = 0;

  private conversation(id: string): Conversation {
    let found = this.conversations.get(id);
    if (!found) {
      found = { transcript: [], deliveries: new Map() };
      this.conversations.set(id, found);
    }
    return found;
  }

  async load(conversationId: string): Promise<StoredSession | undefined> {
    const session = this.conversations.get(conversationId)?.session;
    return session ? { state: JSON.parse(session.state) as unknown, updatedAt: session.updatedAt } : undefined;
  }

  async commitTurn(turn: TurnCommit): Promise<void> {
    // Check first so a failing turn changes nothing, as a rolled-back transaction would.
    // Like the SQLite store, a hand-off from elsewhere must pass the schema; one our code built is typed already.
    const handoff = turn.handoff;
    const trusted = handoff !== undefined && isBuiltHandoffSummary(handoff);
    const summary =
      handoff === undefined ? undefined : JSON.stringify(trusted ? handoff : handoffSummarySchema.parse(handoff));
    if (handoff && this.handoffs.has(handoff.id)) {
      throw new StorageError('conflict', `hand-off ${handoff.id} already exists`);
    }
    const state = JSON.stringify(turn.state ?? null);
    const lines = turn.transcript.map(storedLine);
    const conversation = this.conversation(turn.conversationId);
    conversation.session = { state, updatedAt: turn.at };
    conversation.transcript.push(...lines);
    if (handoff && summary !== undefined) {
      const record = { status: 'pending' as const, attempts: 0, nextAttemptAt: turn.at, createdAt: turn.at };
      this.handoffs.set(handoff.id, {
        conversationId: turn.conversationId,
        summary,
        record,
        seq: this.seq++,
        posts: [],
      });
    }
    if (turn.delivery && !conversation.deliveries.has(turn.delivery.id)) {
      for (const older of conversation.deliveries.values()) if (older.shown === undefined) older.outputs = '';
      conversation.deliveries.set(turn.delivery.id, {
        outputs: JSON.stringify(turn.delivery.outputs ?? null),
        at: turn.at,
        ...(turn.delivery.confirm ? { shown: 0 } : {}),
      });
    }
  }

  async addHandoffPost(handoffId: string, post: HandoffPost): Promise<void> {
    const posts = this.handoffs.get(handoffId)?.posts;
    if (posts && !posts.some((p) => p.channel === post.channel && p.ts === post.ts)) posts.push({ ...post });
  }

  async handoffPosts(handoffId: string): Promise<HandoffPost[]> {
    return copy(this.handoffs.get(handoffId)?.posts ?? []);
  }

  async markShown(conversationId: string, deliveryId: string, shown?: number): Promise<void> {
    const delivery = this.conversations.get(conversationId)?.deliveries.get(deliveryId);
    if (delivery?.shown === undefined) return;
    if (shown === undefined) delete delivery.shown;
    else delivery.shown = shown;
  }

  async unshownDeliveries(prefix: string, limit: number): Promise<UnshownDelivery[]> {
    const found: UnshownDelivery[] = [];
    for (const [conversationId, conversation] of this.conversations) {
      if (!conversationId.startsWith(prefix)) continue;
      for (const [deliveryId, d] of conversation.deliveries) {
        if (d.shown === undefined) continue;
        found.push({ conversationId, deliveryId, outputs: JSON.parse(d.outputs) as unknown, shown: d.shown, at: d.at });
      }
    }
    return found.sort((a, b) => a.at - b.at).slice(0, limit);
  }

  async findDelivery(conversationId: string, deliveryId: string): Promise<unknown | undefined> {
    const delivery = this.conversations.get(conversationId)?.deliveries.get(deliveryId);
    if (delivery === undefined) return undefined;
    return delivery.outputs === '' ? [] : (JSON.parse(delivery.outputs) as unknown);
  }

  async transcript(conversationId: string): Promise<TranscriptEntry[]> {
    return [...(this.conversations.get(conversationId)?.transcript ?? [])];
  }

  async forget(conversationId: string): Promise<void> {
    this.conversations.delete(conversationId);
    for (const [id, entry] of this.handoffs) if (entry.conversationId === conversationId) this.handoffs.delete(id);
  }

  async purge({ idleBefore, deleteBefore }: PurgePolicy): Promise<PurgeCounts> {
    const closeBefore = Math.max(idleBefore, deleteBefore);
    const counts: PurgeCounts = { sessions: 0, deliveries: 0, transcriptLines: 0, handoffs: 0 };
    for (const conversation of this.conversations.values()) {
      if (conversation.session && conversation.session.updatedAt < closeBefore) {
        delete conversation.session;
        counts.sessions += 1;
      }
      for (const [id, delivery] of conversation.deliveries) {
        if (delivery.at >= closeBefore) continue;
        conversation.deliveries.delete(id);
        counts.deliveries += 1;
      }
      const kept = conversation.transcript.filter((line) => line.at >= deleteBefore);
      counts.transcriptLines += conversation.transcript.length - kept.length;
      conversation.transcript = kept;
    }
    for (const [id, entry] of this.handoffs) {
      if (entry.record.createdAt >= deleteBefore) continue;
      this.handoffs.delete(id);
      counts.handoffs += 1;
    }
    return counts;
  }

  async close(): Promise<void> {}

  async listHandoffs(filter?: { status?: HandoffRecord['status'] }): Promise<HandoffRecord[]> {
    return [...this.handoffs.values()]
      .filter((e) => !filter?.status || e.record.status === filter.status)
      .sort((a, b) => b.record.createdAt - a.record.createdAt || b.seq - a.seq)
      .map(recordOf);
  }

  async getHandoff(id: string): Promise<HandoffRecord | undefined> {
    const entry = this.handoffs.get(id);
    return entry ? recordOf(entry) : undefined;
  }

  async dueForDelivery(now: number, limit: number): Promise<HandoffRecord[]> {
    return [...this.handoffs.values()]
      .filter(({ record: r }) => r.status !== 'delivered' && r.nextAttemptAt <= now)
      .sort((a, b) => a.record.nextAttemptAt - b.record.nextAttemptAt || a.record.createdAt - b.record.createdAt)
      .slice(0, limit)
      .map(recordOf);
  }

  async markDelivered(id: string, at: number): Promise<void> {
    const record = this.handoffs.get(id)?.record;
    if (!record || record.status === 'delivered') return;
    record.status = 'delivered';
    record.deliveredAt = at;
    record.attempts += 1;
  }

  async markAttemptFailed(id: string, error: string, nextAttemptAt: number): Promise<void> {
    const record = this.handoffs.get(id)?.record;
    if (!record || record.status === 'delivered') return;
    record.status = 'failed';
    record.lastError = error;
    record.nextAttemptAt = nextAttemptAt;
    record.attempts += 1;
  }

  async claimHandoff(id: string, by: string, at: number): Promise<{ ok: true } | { ok: false; claimedBy: string }> {
    const record = this.handoffs.get(id)?.record;
    if (!record) throw new StorageError('not-found', `no hand-off ${id}`);
    if (record.claimedBy === undefined) {
      record.claimedBy = by;
      record.claimedAt = at;
    }
    return record.claimedBy === by ? { ok: true } : { ok: false, claimedBy: record.claimedBy };
  }
}
