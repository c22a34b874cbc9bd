import {
  blankActivity,
  type DirectLineStore,
  type StreamAppend,
  type StreamConversation,
  type StreamDelivery,
  type StreamRecord,
} from './direct-line-store.js';

type Conversation = { userId: string; touchedAt: number; stream: StreamRecord[]; keys: Map<string, number> };

/** Round-trips through JSON, like the SQLite store, so callers never share objects with the store. */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The local Direct Line's state in memory, with the SQLite store's behaviour; lost on restart (tests, no DATA_DIR). */
export class MemoryDirectLineStore implements DirectLineStore {
  private readonly conversations = new Map<string, Conversation>();
  private readonly grants = new Map<string, { conversationId: string; expiresAt: number }>();

  addConversation(conversation: { id: string; userId: string; at: number }): void {
    const { id, userId, at } = conversation;
    this.conversations.set(id, { userId, touchedAt: at, stream: [], keys: new Map() });
  }

  getConversation(id: string): StreamConversation | undefined {
    const found = this.conversations.get(id);
    return found ? { id, userId: found.userId, size: found.stream.length, touchedAt: found.touchedAt } : undefined;
  }

  addGrant(grant: { tokenHash: string; conversationId: string; expiresAt: number }): void {
    this.grants.set(grant.tokenHash, { conversationId: grant.conversationId, expiresAt: grant.expiresAt });
  }

  findGrant(tokenHash: string): { conversationId: string; expiresAt: number } | undefined {
    const grant = this.grants.get(tokenHash);
    return grant ? { ...grant } : undefined;
  }

  append(conversationId: string, entry: StreamAppend): { record: StreamRecord; created: boolean } | undefined {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) return undefined;
    const earlier = entry.key === undefined ? undefined : conversation.keys.get(entry.key);
    if (earlier !== undefined) return { record: copy(conversation.stream[earlier] as StreamRecord), created: false };
    const record: StreamRecord = {
      seq: conversation.stream.length,
      activity: copy(entry.activity),
      delivery: entry.delivery ?? null,
    };
    conversation.stream.push(record);
    if (entry.key !== undefined) conversation.keys.set(entry.key, record.seq);
    conversation.touchedAt = entry.at;
    return { record: copy(record), created: true };
  }

  read(conversationId: string, fromSeq: number): StreamRecord[] {
    return copy(this.conversations.get(conversationId)?.stream.slice(Math.max(0, fromSeq)) ?? []);
  }

  setDelivery(conversationId: string, seq: number, delivery: StreamDelivery): void {
    const record = this.conversations.get(conversationId)?.stream[seq];
    if (record && record.delivery !== null) record.delivery = delivery;
  }

  pending(conversationId: string): StreamRecord[] {
    return copy(this.conversations.get(conversationId)?.stream.filter((r) => r.delivery === 'pending') ?? []);
  }

  sweep(idleBefore: number, now: number): void {
    for (const [id, conversation] of this.conversations) {
      if (conversation.touchedAt < idleBefore) this.conversations.delete(id);
    }
    for (const [hash, grant] of this.grants) {
      if (grant.expiresAt <= now || !this.conversations.has(grant.conversationId)) this.grants.delete(hash);
    }
  }

  forget(conversationId: string): void {
    this.conversations.delete(conversationId);
    for (const [hash, grant] of this.grants) if (grant.conversationId === conversationId) this.grants.delete(hash);
  }

  blank(conversationId: string): void {
    for (const record of this.conversations.get(conversationId)?.stream ?? []) {
      if (record.delivery !== 'pending') record.activity = blankActivity(record.activity);
    }
  }

  close(): void {
    this.conversations.clear();
    this.grants.clear();
  }
}
