import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DirectLineStore } from '../../src/storage/direct-line-store.js';
import { MemoryDirectLineStore } from '../../src/storage/memory-direct-line-store.js';
import { SqliteDirectLineStore } from '../../src/storage/sqlite-direct-line-store.js';

const dirs: string[] = [];
const opened: DirectLineStore[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'tas-dl-blank-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const MARKER = 'Philippa Thistlewood';

function seeded(store: DirectLineStore): DirectLineStore {
  opened.push(store);
  store.addConversation({ id: 'c1', userId: 'visitor-1', at: 1_000 });
  store.addConversation({ id: 'c2', userId: 'visitor-2', at: 1_000 });
  const from = { id: 'visitor-1', role: 'user' };
  store.append('c1', { activity: { id: 'c1|0', type: 'message', text: MARKER, from, timestamp: 't0' }, at: 1 });
  store.append('c1', {
    activity: { id: 'c1|1', type: 'message', text: `Thanks ${MARKER}`, from: { id: 'bot', role: 'bot' } },
    at: 2,
  });
  store.append('c1', {
    activity: { id: 'c1|2', type: 'message', text: 'delete my data', from },
    at: 3,
    delivery: 'pending',
  });
  store.append('c2', { activity: { id: 'c2|0', type: 'message', text: MARKER, from }, at: 4 });
  return store;
}

describe.each<[string, () => DirectLineStore]>([
  ['MemoryDirectLineStore', () => new MemoryDirectLineStore()],
  ['SqliteDirectLineStore', () => new SqliteDirectLineStore(tempDir())],
])('%s.blank', (_name, make) => {
  it('blanks settled activities to bare events, keeping ids, places and what is pending', () => {
    const store = seeded(make());
    store.blank('c1');
    expect(store.read('c1', 0)).toEqual([
      {
        seq: 0,
        activity: {
          id: 'c1|0',
          type: 'event',
          name: 'erased',
          timestamp: 't0',
          from: { id: 'visitor-1', role: 'user' },
        },
        delivery: null,
      },
      {
        seq: 1,
        activity: { id: 'c1|1', type: 'event', name: 'erased', from: { id: 'bot', role: 'bot' } },
        delivery: null,
      },
      { seq: 2, activity: expect.objectContaining({ text: 'delete my data' }), delivery: 'pending' },
    ]);
    expect(store.getConversation('c1')?.size).toBe(3);
  });

  it('keeps the conversation going: the next activity takes the next place', () => {
    const store = seeded(make());
    store.blank('c1');
    store.append('c1', { activity: { id: 'c1|3', type: 'message', text: 'deleted' }, at: 5 });
    expect(store.read('c1', 3).map((r) => r.activity.text)).toEqual(['deleted']);
  });

  it('leaves other conversations alone', () => {
    const store = seeded(make());
    store.blank('c1');
    expect(store.read('c2', 0)[0]?.activity.text).toBe(MARKER);
  });
});

describe('SqliteDirectLineStore.blank on disk', () => {
  it('leaves no byte of the blanked text in the file or its WAL', () => {
    const dir = tempDir();
    const store = new SqliteDirectLineStore(dir);
    opened.push(store);
    store.addConversation({ id: 'c1', userId: 'visitor-1', at: 1_000 });
    store.append('c1', { activity: { id: 'c1|0', type: 'message', text: MARKER }, at: 1 });
    const bytes = () =>
      readdirSync(dir)
        .map((name) => readFileSync(join(dir, name)).toString('latin1'))
        .join('');
    expect(bytes()).toContain(MARKER);
    store.blank('c1');
    expect(bytes()).not.toContain(MARKER);
  });
});
