import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DirectLineStore } from '../../src/storage/direct-line-store.js';
import { MemoryDirectLineStore } from '../../src/storage/memory-direct-line-store.js';
import { SqliteDirectLineStore } from '../../src/storage/sqlite-direct-line-store.js';
import { SqliteSessionStore } from '../../src/storage/sqlite-session-store.js';

const dirs: string[] = [];
const opened: DirectLineStore[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'tas-dl-store-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const factories: [string, () => DirectLineStore][] = [
  ['MemoryDirectLineStore', () => new MemoryDirectLineStore()],
  ['SqliteDirectLineStore', () => new SqliteDirectLineStore(tempDir())],
];

describe.each(factories)('%s', (_name, make) => {
  const open = () => {
    const store = make();
    opened.push(store);
    store.addConversation({ id: 'c1', userId: 'visitor-1', at: 1_000 });
    return store;
  };

  it('appends at the next place and reads from a watermark', () => {
    const store = open();
    store.append('c1', { activity: { text: 'a' }, at: 1_001 });
    store.append('c1', { activity: { text: 'b' }, at: 1_002, delivery: 'pending' });
    expect(store.read('c1', 1)).toEqual([{ seq: 1, activity: { text: 'b' }, delivery: 'pending' }]);
    expect(store.getConversation('c1')).toEqual({ id: 'c1', userId: 'visitor-1', size: 2, touchedAt: 1_002 });
  });

  it('returns the earlier activity for a repeated key instead of appending', () => {
    const store = open();
    const first = store.append('c1', { activity: { text: 'a' }, at: 1, key: 'client:1', delivery: 'pending' });
    const again = store.append('c1', { activity: { text: 'a again' }, at: 2, key: 'client:1', delivery: 'pending' });
    expect(first?.created).toBe(true);
    expect(again).toEqual({ record: { seq: 0, activity: { text: 'a' }, delivery: 'pending' }, created: false });
    expect(store.getConversation('c1')?.size).toBe(1);
  });

  it('lists pending visitor activities until they are settled', () => {
    const store = open();
    store.append('c1', { activity: { n: 0 }, at: 1, delivery: 'pending' });
    store.append('c1', { activity: { n: 1 }, at: 2 });
    store.append('c1', { activity: { n: 2 }, at: 3, delivery: 'pending' });
    store.setDelivery('c1', 0, 'delivered');
    store.setDelivery('c1', 1, 'failed'); // a bot reply has no delivery state to change
    expect(store.pending('c1').map((r) => r.seq)).toEqual([2]);
    expect(store.read('c1', 0).map((r) => r.delivery)).toEqual(['delivered', null, 'pending']);
  });

  it('does not append to an unknown conversation', () => {
    expect(open().append('nope', { activity: {}, at: 1 })).toBeUndefined();
  });

  it('sweeps idle conversations with their tokens, and expired tokens', () => {
    const store = open();
    store.addConversation({ id: 'c2', userId: 'visitor-2', at: 5_000 });
    store.addGrant({ tokenHash: 'h1', conversationId: 'c1', expiresAt: 99_000 });
    store.addGrant({ tokenHash: 'h2', conversationId: 'c2', expiresAt: 99_000 });
    store.addGrant({ tokenHash: 'h3', conversationId: 'c2', expiresAt: 6_000 });
    store.sweep(2_000, 7_000);
    expect(store.getConversation('c1')).toBeUndefined();
    expect(store.findGrant('h1')).toBeUndefined();
    expect(store.findGrant('h2')).toEqual({ conversationId: 'c2', expiresAt: 99_000 });
    expect(store.findGrant('h3')).toBeUndefined();
  });

  it('forgets one conversation, its stream and its tokens', () => {
    const store = open();
    store.addGrant({ tokenHash: 'h1', conversationId: 'c1', expiresAt: 99_000 });
    store.append('c1', { activity: { text: 'a' }, at: 1 });
    store.forget('c1');
    expect(store.getConversation('c1')).toBeUndefined();
    expect(store.read('c1', 0)).toEqual([]);
    expect(store.findGrant('h1')).toBeUndefined();
  });
});

describe('SqliteDirectLineStore', () => {
  it('keeps conversations, streams and tokens across a reopen, beside the session store', () => {
    const dir = tempDir();
    const sessions = new SqliteSessionStore(dir);
    const first = new SqliteDirectLineStore(dir);
    first.addConversation({ id: 'c1', userId: 'visitor-1', at: 1 });
    first.addGrant({ tokenHash: 'h1', conversationId: 'c1', expiresAt: 99 });
    first.append('c1', { activity: { text: 'a' }, at: 2, key: 'k', delivery: 'pending' });
    first.close();
    const again = new SqliteDirectLineStore(dir);
    opened.push(again);
    expect(again.findGrant('h1')).toEqual({ conversationId: 'c1', expiresAt: 99 });
    expect(again.pending('c1')).toEqual([{ seq: 0, activity: { text: 'a' }, delivery: 'pending' }]);
    expect(again.append('c1', { activity: {}, at: 3, key: 'k' })?.created).toBe(false);
    void sessions.close();
  });

  it('leaves no forgotten words in the database file', () => {
    const dir = tempDir();
    const store = new SqliteDirectLineStore(dir);
    opened.push(store);
    store.addConversation({ id: 'c1', userId: 'visitor-1', at: 1 });
    store.append('c1', { activity: { text: 'a-very-recognisable-sentence' }, at: 2 });
    store.forget('c1');
    for (const file of ['tas.sqlite', 'tas.sqlite-wal']) {
      const bytes = existsSync(join(dir, file)) ? readFileSync(join(dir, file)) : Buffer.alloc(0);
      expect(bytes.includes('a-very-recognisable-sentence')).toBe(false);
    }
  });
});
