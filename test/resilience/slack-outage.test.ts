import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandoffRecord } from '../../src/storage/session-store.js';
import { SqliteSessionStore } from '../../src/storage/sqlite-session-store.js';
import { screen } from './support/drive.js';
import { type FakeSlack, startFakeSlack } from './support/fake-slack.js';
import { plans } from './support/plans.js';
import { type RunningServer, startServer } from './support/server.js';
import { HANDOFF_CHANNEL, handoffPosts, makePlace, slackEnv } from './support/setup.js';
import { WebVisitor } from './support/web-visitor.js';

const HANDOFFS = 10;
const asksForAPerson = plans[2] as (typeof plans)[number];

/** `npm run handoffs -- --json` over the server's DATA_DIR, while the server runs. */
async function listHandoffs(dataDir: string): Promise<HandoffRecord[]> {
  const { stdout } = await promisify(execFile)(process.execPath, ['dist/adapters/cli/handoffs.js', '--json'], {
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    timeout: 20_000,
  });
  return JSON.parse(stdout) as HandoffRecord[];
}

/** The hand-offs in the outbox, read from the database the way the worker does. */
async function outbox(dataDir: string): Promise<HandoffRecord[]> {
  const store = new SqliteSessionStore(dataDir);
  try {
    return await store.listHandoffs();
  } finally {
    await store.close();
  }
}

describe('Slack down while hand-offs are produced', () => {
  let place: Awaited<ReturnType<typeof makePlace>>;
  let slack: FakeSlack;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    [place, slack] = await Promise.all([makePlace(), startFakeSlack()]);
    server = await startServer(place.dataDir, place.port, slackEnv(slack));
  });
  afterAll(async () => {
    await server?.stop();
    await slack?.close();
    place?.remove();
  });

  it('keeps them in the outbox through 500s and timeouts, then delivers each exactly once', async () => {
    slack.setMode({ kind: 'error', affects: () => true });
    const url = server?.url ?? '';
    await Promise.all([...Array(HANDOFFS).keys()].map(() => screen(new WebVisitor(url), asksForAPerson)));

    // Every hand-off was tried and refused; `npm run handoffs` shows each one waiting, with its attempts.
    await expect
      .poll(async () => (await outbox(place.dataDir)).filter((h) => h.status === 'failed').length, {
        timeout: 20_000,
        interval: 500,
      })
      .toBe(HANDOFFS);
    const waiting = await listHandoffs(place.dataDir);
    expect(waiting).toHaveLength(HANDOFFS);
    for (const record of waiting) {
      expect(record).toMatchObject({ status: 'failed', lastError: expect.stringContaining('500') });
      expect(record.attempts).toBeGreaterThanOrEqual(1);
    }
    expect(handoffPosts(slack).size).toBe(0);

    // Then Slack stops answering at all: calls time out (the client gives up after 10 s) and are tried again.
    slack.setMode({ kind: 'hang', affects: () => true });
    await expect.poll(() => slack.timedOut.length, { timeout: 25_000, interval: 250 }).toBeGreaterThan(0);
    expect(handoffPosts(slack).size).toBe(0);

    slack.setMode({ kind: 'up' });
    await expect.poll(() => handoffPosts(slack).size, { timeout: 40_000, interval: 250 }).toBe(HANDOFFS);
    await expect
      .poll(async () => (await outbox(place.dataDir)).every((h) => h.status === 'delivered'), { timeout: 10_000 })
      .toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 2_500)); // a worker pass later, still nothing posted twice

    const posts = handoffPosts(slack);
    expect([...posts.values()].every((n) => n === 1)).toBe(true);
    const mains = slack.posted().filter((m) => m.channel === HANDOFF_CHANNEL && m.thread_ts === undefined);
    for (const main of mains) {
      const replies = slack.thread(main.ts).map((m) => String(m.text));
      expect(replies.length).toBeGreaterThan(0);
      expect(new Set(replies).size).toBe(replies.length);
    }
    const delivered = await listHandoffs(place.dataDir);
    expect(new Set(delivered.map((h) => h.summary.id))).toEqual(new Set(posts.keys()));
    for (const record of delivered) {
      expect(record.status).toBe('delivered');
      expect(record.attempts).toBeGreaterThanOrEqual(2);
    }
  }, 180_000);
});
