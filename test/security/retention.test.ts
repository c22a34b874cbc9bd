import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildForm911Draft } from '../../src/handoff/form911.js';
import { SqliteSessionStore } from '../../src/storage/sqlite-session-store.js';
import { type BuiltServer, startBuiltServer } from './support/built-server.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('the server at start with old data on disk (SESSION_TTL_HOURS=72, RETENTION_DAYS=30)', () => {
  let server: BuiltServer;
  afterAll(async () => {
    await server?.remove();
  });

  it('closes idle sessions, deletes what is past retention, keeps the rest, and logs the counts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tas-retention-'));
    const now = Date.now();
    const store = new SqliteSessionStore(dataDir);
    const line = (at: number) => ({ from: 'user' as const, text: 'hello', at });
    await store.commitTurn({ conversationId: 'web:active', state: {}, at: now - HOUR, transcript: [line(now - HOUR)] });
    await store.commitTurn({
      conversationId: 'web:idle',
      state: {},
      at: now - 4 * DAY,
      transcript: [line(now - 4 * DAY)],
    });
    await store.commitTurn({
      conversationId: 'web:ancient',
      state: {},
      at: now - 40 * DAY,
      transcript: [line(now - 40 * DAY)],
      handoff: {
        id: 'h-ancient',
        conversationId: 'web:ancient',
        channel: 'web',
        createdAt: new Date(now - 40 * DAY).toISOString(),
        reason: 'screening-complete',
        urgency: 'routine',
        recommendation: null,
        outcome: null,
        facts: {},
        evidence: [],
        contact: { name: 'Ana', email: null, phone: null, state: null, consent: 'yes', preferredContact: null },
        transcript: [],
        form911: buildForm911Draft({}, null),
        gaps: [],
      },
    });
    await store.close();

    server = await startBuiltServer({ DATA_DIR: dataDir, SESSION_TTL_HOURS: '72', RETENTION_DAYS: '30' });
    const purged = () => /"event":"retention\.purged"/.test(server.output());
    for (let waited = 0; !purged() && waited < 10_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    expect(server.output()).toMatch(
      /"sessions":2,"deliveries":0,"transcriptLines":1,"handoffs":1,"event":"retention\.purged"/,
    );

    const after = new SqliteSessionStore(dataDir);
    try {
      expect(await after.load('web:active')).toBeDefined();
      expect(await after.load('web:idle')).toBeUndefined();
      expect(await after.transcript('web:idle')).toHaveLength(1);
      expect(await after.load('web:ancient')).toBeUndefined();
      expect(await after.transcript('web:ancient')).toEqual([]);
      expect(await after.getHandoff('h-ancient')).toBeUndefined();
    } finally {
      await after.close();
    }
  }, 60_000);
});
