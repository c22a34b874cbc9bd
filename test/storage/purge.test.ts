import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildForm911Draft } from '../../src/handoff/form911.js';
import type { HandoffSummary } from '../../src/handoff/summary-schema.js';
import { MemorySessionStore } from '../../src/storage/memory-session-store.js';
import type { HandoffStore, SessionStore, TurnCommit } from '../../src/storage/session-store.js';
import { SqliteSessionStore } from '../../src/storage/sqlite-session-store.js';

type Store = SessionStore & HandoffStore;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const makeSummary = (id: string, conversationId: string): HandoffSummary => ({
  id,
  conversationId,
  channel: 'web',
  createdAt: '2025-05-01T12:00:00.000Z',
  reason: 'screening-complete',
  urgency: 'high',
  recommendation: null,
  outcome: null,
  facts: { contactName: 'Ana' },
  evidence: [],
  contact: { name: 'Ana', email: null, phone: null, state: 'OH', consent: 'yes', preferredContact: null },
  transcript: [{ from: 'user', text: 'hi', at: 1 }],
  form911: buildForm911Draft({ contactName: 'Ana' }, null),
  gaps: ['tin'],
});

const makeTurn = (conversationId: string, at: number, overrides: Partial<TurnCommit> = {}): TurnCommit => ({
  conversationId,
  state: { turnId: 'ask-name' },
  at,
  transcript: [{ from: 'user', text: `said at ${at}`, at }],
  delivery: { id: `d-${at}`, outputs: [{ kind: 'say', text: 'ok' }] },
  ...overrides,
});

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'tas-purge-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const factories: [string, () => Store][] = [
  ['MemorySessionStore', () => new MemorySessionStore()],
  ['SqliteSessionStore', () => new SqliteSessionStore(tempDir())],
];

describe.each(factories)('%s.purge', (_name, create) => {
  const now = 400 * DAY;
  const policy = { idleBefore: now - 72 * HOUR, deleteBefore: now - 30 * DAY };

  it('closes a session idle past the TTL but keeps its transcript until retention', async () => {
    const store = create();
    await store.commitTurn(makeTurn('web:idle', now - 80 * HOUR));
    const counts = await store.purge(policy);
    expect(await store.load('web:idle')).toBeUndefined();
    expect(await store.findDelivery('web:idle', `d-${now - 80 * HOUR}`)).toBeUndefined();
    expect(await store.transcript('web:idle')).toHaveLength(1);
    expect(counts).toEqual({ sessions: 1, deliveries: 1, transcriptLines: 0, handoffs: 0 });
    await store.close();
  });

  it('leaves an active session, its deliveries and its transcript alone', async () => {
    const store = create();
    await store.commitTurn(makeTurn('web:active', now - HOUR));
    const counts = await store.purge(policy);
    expect(await store.load('web:active')).toBeDefined();
    expect(await store.findDelivery('web:active', `d-${now - HOUR}`)).toBeDefined();
    expect(await store.transcript('web:active')).toHaveLength(1);
    expect(counts).toEqual({ sessions: 0, deliveries: 0, transcriptLines: 0, handoffs: 0 });
    await store.close();
  });

  it('deletes transcript lines and hand-offs older than the retention period, line by line', async () => {
    const store = create();
    const old = now - 40 * DAY;
    await store.commitTurn(makeTurn('web:old', old, { handoff: makeSummary('h-old', 'web:old') }));
    await store.commitTurn(makeTurn('web:old', now - HOUR, { handoff: makeSummary('h-new', 'web:old') }));
    const counts = await store.purge(policy);
    expect((await store.transcript('web:old')).map((l) => l.at)).toEqual([now - HOUR]);
    expect(await store.getHandoff('h-old')).toBeUndefined();
    expect(await store.getHandoff('h-new')).toBeDefined();
    expect(await store.load('web:old')).toBeDefined();
    expect(counts).toEqual({ sessions: 0, deliveries: 1, transcriptLines: 1, handoffs: 1 });
    await store.close();
  });

  it('closes sessions past retention even when the TTL is longer than retention', async () => {
    const store = create();
    await store.commitTurn(makeTurn('web:a', now - 2 * DAY));
    await store.purge({ idleBefore: now - 10 * DAY, deleteBefore: now - DAY });
    expect(await store.load('web:a')).toBeUndefined();
    expect(await store.transcript('web:a')).toEqual([]);
    await store.close();
  });
});

describe('SqliteSessionStore erasure on disk', () => {
  const marker = 'Zanzibar-Quokka-7731';
  const onDisk = (dir: string): string =>
    ['tas.sqlite', 'tas.sqlite-wal']
      .map((name) => {
        try {
          return readFileSync(join(dir, name)).toString('latin1');
        } catch {
          return '';
        }
      })
      .join('');

  it('leaves no bytes of a forgotten conversation in the file or its WAL', async () => {
    const dir = tempDir();
    const store = new SqliteSessionStore(dir);
    await store.commitTurn(makeTurn('web:gone', 1_000, { transcript: [{ from: 'user', text: marker, at: 1_000 }] }));
    await store.commitTurn(makeTurn('web:kept', 1_000));
    expect(onDisk(dir)).toContain(marker);
    await store.forget('web:gone');
    expect(onDisk(dir)).not.toContain(marker);
    await store.close();
  });

  it('leaves no bytes of purged lines in the file or its WAL', async () => {
    const dir = tempDir();
    const store = new SqliteSessionStore(dir);
    await store.commitTurn(makeTurn('web:old', 1_000, { transcript: [{ from: 'user', text: marker, at: 1_000 }] }));
    await store.commitTurn(makeTurn('web:new', 50 * DAY));
    await store.purge({ idleBefore: 49 * DAY, deleteBefore: 49 * DAY });
    expect(onDisk(dir)).not.toContain(marker);
    await store.close();
  });
});
