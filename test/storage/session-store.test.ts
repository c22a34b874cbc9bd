import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { buildForm911Draft } from '../../src/handoff/form911.js';
import type { HandoffSummary } from '../../src/handoff/summary-schema.js';
import { MemorySessionStore } from '../../src/storage/memory-session-store.js';
import type {
  HandoffPosts,
  HandoffStore,
  ReplyOutbox,
  SessionStore,
  TurnCommit,
} from '../../src/storage/session-store.js';
import { migrations } from '../../src/storage/sqlite-schema.js';
import { SqliteSessionStore } from '../../src/storage/sqlite-session-store.js';

type Store = SessionStore & HandoffStore & HandoffPosts & ReplyOutbox;

const makeSummary = (id: string, conversationId = 'web:a'): HandoffSummary => ({
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

const makeTurn = (overrides: Partial<TurnCommit> = {}): TurnCommit => ({
  conversationId: 'web:a',
  state: { turnId: 'ask-name', answers: { n: 1 } },
  at: 1_000,
  transcript: [],
  ...overrides,
});

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'tas-store-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const factories: [string, () => Store][] = [
  ['MemorySessionStore', () => new MemorySessionStore()],
  ['SqliteSessionStore', () => new SqliteSessionStore(join(tempDir(), 'nested'))],
];

describe.each(factories)('%s', (_name, create) => {
  it('loads nothing for an unknown conversation', async () => {
    const store = create();
    expect(await store.load('web:none')).toBeUndefined();
    expect(await store.transcript('web:none')).toEqual([]);
    await store.close();
  });

  it('saves the state of a turn and replaces it on the next', async () => {
    const store = create();
    await store.commitTurn(makeTurn());
    await store.commitTurn(makeTurn({ state: { turnId: 'done' }, at: 2_000 }));
    expect(await store.load('web:a')).toEqual({ state: { turnId: 'done' }, updatedAt: 2_000 });
    await store.close();
  });

  it('appends transcript lines in order, keeping the slot when given', async () => {
    const store = create();
    await store.commitTurn(makeTurn({ transcript: [{ from: 'bot', text: 'Name?', at: 1, slot: 'contact_name' }] }));
    await store.commitTurn(makeTurn({ transcript: [{ from: 'user', text: 'Ana', at: 2 }] }));
    expect(await store.transcript('web:a')).toEqual([
      { from: 'bot', text: 'Name?', at: 1, slot: 'contact_name' },
      { from: 'user', text: 'Ana', at: 2 },
    ]);
    await store.close();
  });

  it('remembers a delivery so a repeat gets the first outputs', async () => {
    const store = create();
    await store.commitTurn(makeTurn({ delivery: { id: 'ev-1', outputs: [{ kind: 'say', text: 'one' }] } }));
    await store.commitTurn(makeTurn({ delivery: { id: 'ev-1', outputs: [{ kind: 'say', text: 'two' }] } }));
    expect(await store.findDelivery('web:a', 'ev-1')).toEqual([{ kind: 'say', text: 'one' }]);
    expect(await store.findDelivery('web:a', 'ev-2')).toBeUndefined();
    expect(await store.findDelivery('web:b', 'ev-1')).toBeUndefined();
    await store.close();
  });

  it('keeps the outputs of the latest delivery only, and of those still unshown; an older one is answered with none', async () => {
    const store = create();
    const one = [{ kind: 'say', text: 'one' }];
    await store.commitTurn(makeTurn({ delivery: { id: 'ev-1', outputs: one } }));
    await store.commitTurn(makeTurn({ delivery: { id: 'ev-2', outputs: one, confirm: true } }));
    await store.commitTurn(makeTurn({ delivery: { id: 'ev-3', outputs: one } }));
    expect(await store.findDelivery('web:a', 'ev-1')).toEqual([]);
    expect(await store.findDelivery('web:a', 'ev-2')).toEqual(one);
    expect(await store.findDelivery('web:a', 'ev-3')).toEqual(one);
    await store.markShown('web:a', 'ev-2');
    await store.commitTurn(makeTurn({ delivery: { id: 'ev-4', outputs: one } }));
    expect(await store.findDelivery('web:a', 'ev-2')).toEqual([]);
    expect(await store.findDelivery('web:a', 'ev-3')).toEqual([]);
    expect(await store.findDelivery('web:a', 'ev-4')).toEqual(one);
    await store.close();
  });

  it('keeps outputs to confirm as unshown until the channel says it showed them', async () => {
    const store = create();
    const outputs = [
      { kind: 'say', text: 'one' },
      { kind: 'say', text: 'two' },
    ];
    await store.commitTurn(
      makeTurn({ conversationId: 'slack:C1:1', at: 2, delivery: { id: 'e2', outputs, confirm: true } }),
    );
    await store.commitTurn(
      makeTurn({ conversationId: 'slack:C1:1', at: 1, delivery: { id: 'e1', outputs, confirm: true } }),
    );
    await store.commitTurn(makeTurn({ conversationId: 'web:x', delivery: { id: 'a1', outputs, confirm: true } }));
    await store.commitTurn(makeTurn({ conversationId: 'slack:C2', delivery: { id: 'e3', outputs } }));
    expect((await store.unshownDeliveries('slack:', 10)).map((d) => [d.deliveryId, d.shown])).toEqual([
      ['e1', 0],
      ['e2', 0],
    ]);
    await store.markShown('slack:C1:1', 'e1', 1);
    await store.markShown('slack:C1:1', 'e2');
    await store.markShown('slack:C2', 'e3', 1); // never awaited confirmation: stays out of the outbox
    expect(await store.unshownDeliveries('slack:', 10)).toEqual([
      { conversationId: 'slack:C1:1', deliveryId: 'e1', outputs, shown: 1, at: 1 },
    ]);
    expect(await store.unshownDeliveries('slack:', 0)).toEqual([]);
    expect(await store.findDelivery('slack:C1:1', 'e2')).toEqual(outputs);
    await store.close();
  });

  it('remembers the messages posted for a hand-off, in order, once each, and forgets them with it', async () => {
    const store = create();
    await store.commitTurn(makeTurn({ handoff: makeSummary('h-1') }));
    const message = { kind: 'message' as const, channel: 'C1', ts: '1.1', at: 1 };
    const reply = { kind: 'reply' as const, channel: 'C1', ts: '1.2', at: 2 };
    await store.addHandoffPost('h-1', message);
    await store.addHandoffPost('h-1', reply);
    await store.addHandoffPost('h-1', message);
    await store.addHandoffPost('h-gone', message);
    expect(await store.handoffPosts('h-1')).toEqual([message, reply]);
    expect(await store.handoffPosts('h-gone')).toEqual([]);
    await store.forget('web:a');
    expect(await store.handoffPosts('h-1')).toEqual([]);
    await store.close();
  });

  it('writes a hand-off to the outbox as pending and due at once', async () => {
    const store = create();
    await store.commitTurn(makeTurn({ at: 5_000, handoff: makeSummary('h-1') }));
    const record = await store.getHandoff('h-1');
    expect(record).toMatchObject({ status: 'pending', attempts: 0, createdAt: 5_000, nextAttemptAt: 5_000 });
    expect(record?.summary).toEqual(makeSummary('h-1'));
    expect(await store.dueForDelivery(5_000, 10)).toHaveLength(1);
    expect(await store.dueForDelivery(4_999, 10)).toHaveLength(0);
    await store.close();
  });

  it('rolls the whole turn back when the hand-off cannot be written', async () => {
    const store = create();
    await store.commitTurn(makeTurn({ handoff: makeSummary('h-1') }));
    const bad = makeTurn({ state: { turnId: 'later' }, transcript: [{ from: 'user', text: 'x', at: 3 }] });
    await expect(store.commitTurn({ ...bad, handoff: makeSummary('h-1') })).rejects.toMatchObject({ code: 'conflict' });
    expect((await store.load('web:a'))?.state).toEqual({ turnId: 'ask-name', answers: { n: 1 } });
    expect(await store.transcript('web:a')).toEqual([]);
    await store.close();
  });

  it('refuses a malformed hand-off and writes nothing of the turn', async () => {
    const store = create();
    const broken = { ...makeSummary('h-x'), urgency: 'whenever' } as unknown as HandoffSummary;
    await expect(store.commitTurn(makeTurn({ handoff: broken }))).rejects.toThrow();
    expect(await store.load('web:a')).toBeUndefined();
    expect(await store.listHandoffs()).toEqual([]);
    await store.close();
  });

  it('retries a failed delivery when due and stops once delivered', async () => {
    const store = create();
    await store.commitTurn(makeTurn({ at: 1_000, handoff: makeSummary('h-1') }));
    await store.markAttemptFailed('h-1', 'slack down', 9_000);
    expect(await store.dueForDelivery(8_999, 10)).toEqual([]);
    const [due] = await store.dueForDelivery(9_000, 10);
    expect(due).toMatchObject({ status: 'failed', attempts: 1, lastError: 'slack down', nextAttemptAt: 9_000 });
    await store.markDelivered('h-1', 9_500);
    expect(await store.getHandoff('h-1')).toMatchObject({ status: 'delivered', attempts: 2, deliveredAt: 9_500 });
    expect(await store.dueForDelivery(99_000, 10)).toEqual([]);
    await store.close();
  });

  it('lists hand-offs newest first, filtered by status, and returns due ones oldest first up to the limit', async () => {
    const store = create();
    await store.commitTurn(makeTurn({ at: 1_000, handoff: makeSummary('h-old') }));
    await store.commitTurn(makeTurn({ conversationId: 'web:b', at: 2_000, handoff: makeSummary('h-new', 'web:b') }));
    await store.markDelivered('h-old', 3_000);
    expect((await store.listHandoffs()).map((r) => r.summary.id)).toEqual(['h-new', 'h-old']);
    expect((await store.listHandoffs({ status: 'pending' })).map((r) => r.summary.id)).toEqual(['h-new']);
    await store.commitTurn(makeTurn({ conversationId: 'web:c', at: 2_500, handoff: makeSummary('h-c', 'web:c') }));
    expect((await store.dueForDelivery(10_000, 1)).map((r) => r.summary.id)).toEqual(['h-new']);
    await store.close();
  });

  it('lets only the first of two racing claims win', async () => {
    const store = create();
    await store.commitTurn(makeTurn({ handoff: makeSummary('h-1') }));
    const results = await Promise.all([store.claimHandoff('h-1', 'U-ann', 10), store.claimHandoff('h-1', 'U-bob', 11)]);
    expect(results).toEqual([{ ok: true }, { ok: false, claimedBy: 'U-ann' }]);
    expect(await store.claimHandoff('h-1', 'U-ann', 12)).toEqual({ ok: true });
    expect(await store.getHandoff('h-1')).toMatchObject({ claimedBy: 'U-ann', claimedAt: 10 });
    await expect(store.claimHandoff('h-none', 'U-ann', 13)).rejects.toMatchObject({ code: 'not-found' });
    await store.close();
  });

  it('forgets one person entirely and leaves others alone', async () => {
    const store = create();
    const line = { from: 'user' as const, text: 'hi', at: 1 };
    await store.commitTurn(
      makeTurn({ transcript: [line], handoff: makeSummary('h-a'), delivery: { id: 'd', outputs: 1 } }),
    );
    await store.commitTurn(
      makeTurn({ conversationId: 'web:b', transcript: [line], handoff: makeSummary('h-b', 'web:b') }),
    );
    await store.forget('web:a');
    expect(await store.load('web:a')).toBeUndefined();
    expect(await store.transcript('web:a')).toEqual([]);
    expect(await store.findDelivery('web:a', 'd')).toBeUndefined();
    expect(await store.getHandoff('h-a')).toBeUndefined();
    expect(await store.load('web:b')).toBeDefined();
    expect((await store.listHandoffs()).map((r) => r.summary.id)).toEqual(['h-b']);
    await store.close();
  });
});

describe('SqliteSessionStore on disk', () => {
  it('keeps what was committed across a reopen', async () => {
    const dir = tempDir();
    const first = new SqliteSessionStore(dir);
    await first.commitTurn(makeTurn({ handoff: makeSummary('h-1') }));
    await first.close();
    const second = new SqliteSessionStore(dir);
    expect((await second.load('web:a'))?.state).toEqual({ turnId: 'ask-name', answers: { n: 1 } });
    expect(await second.getHandoff('h-1')).toBeDefined();
    await second.close();
  });

  it('upgrades a file of the first schema and keeps its deliveries out of the reply outbox', async () => {
    const dir = tempDir();
    const old = new Database(join(dir, 'tas.sqlite'));
    old.exec(migrations[0] as string);
    old.pragma('user_version = 1');
    old.prepare("INSERT INTO deliveries VALUES ('slack:C1', 'e1', '[]', 1)").run();
    old.close();
    const store = new SqliteSessionStore(dir);
    expect(await store.findDelivery('slack:C1', 'e1')).toEqual([]);
    expect(await store.unshownDeliveries('slack:', 10)).toEqual([]);
    await store.close();
  });

  it('lets one claim win when two processes share the file', async () => {
    const dir = tempDir();
    const server = new SqliteSessionStore(dir);
    const cli = new SqliteSessionStore(dir);
    await server.commitTurn(makeTurn({ handoff: makeSummary('h-1') }));
    const results = await Promise.all([server.claimHandoff('h-1', 'U-ann', 1), cli.claimHandoff('h-1', 'U-bob', 2)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    await Promise.all([server.close(), cli.close()]);
  });
});
