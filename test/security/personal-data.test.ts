import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteSessionStore } from '../../src/storage/sqlite-session-store.js';
import { type FakeSlackApi, startFakeSlackApi } from '../adapters/slack/support/fake-slack-api.js';
import { eventBody, postSigned } from '../adapters/slack/support/slack-request.js';
import { type BuiltServer, startBuiltServer } from './support/built-server.js';
import { Visitor } from './support/visitor.js';

/**
 * A person types an SSN, an ITIN, an EIN, a bank account and a card number into a screening, on the web
 * and in Slack, and hands off. None of them may then be found in the database file and its WAL (raw
 * bytes), the server's logs at info, the stored hand-offs or anything sent to Slack.
 */
const SECRET = 'personal-data-secret';
const HANDOFF_CHANNEL = 'CADVISORS';

const numbers = {
  ssn: '078-05-1120',
  itin: '912-73-4567',
  ein: '12-3456789',
  account: '004417829931',
  card: '4111 1111 1111 1111',
};
/** Every way a number could be found again: as typed, and as bare digits. */
const needles = Object.values(numbers).flatMap((n) => [n, n.replace(/\D/g, '')]);
/** A word only this person typed, to show no typed text reaches the logs at all. */
const MARKER = 'Quillfeatherton';

const webLines = [
  `The IRS levied my bank account ${numbers.account} last week and I cannot pay rent, said ${MARKER}.`,
  `my ssn is ${numbers.ssn}, my itin ${numbers.itin} and they also charged my card ${numbers.card}`,
  `for my business the ein is ${numbers.ein} and the account number is ${numbers.account}`,
  'I want to talk to a person',
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function found(haystack: string): string[] {
  return needles.filter((needle) => haystack.includes(needle));
}

function databaseBytes(dataDir: string): string {
  return readdirSync(dataDir)
    .filter((name) => name.startsWith('tas.sqlite'))
    .map((name) => readFileSync(join(dataDir, name)).toString('latin1'))
    .join('\n');
}

describe('personal data typed into a screening', () => {
  let slack: FakeSlackApi;
  let server: BuiltServer;
  let visitor: Visitor;
  let bytesWhileRunning = '';

  beforeAll(async () => {
    slack = await startFakeSlackApi();
    server = await startBuiltServer({
      LOG_LEVEL: 'info',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: 'xoxb-personal-data',
      SLACK_HANDOFF_CHANNEL: HANDOFF_CHANNEL,
      SLACK_API_URL: slack.url,
    });
    visitor = new Visitor(server.url);
    await visitor.start();
    for (const line of webLines) await visitor.say(line);
    const dm = (text: string, id: string) =>
      postSigned(
        `${server.url}/slack/events`,
        eventBody(id, { type: 'message', channel: 'D1', channel_type: 'im', user: 'U1', text, ts: `1700000000.${id}` }),
        'application/json',
        { secret: SECRET },
      );
    for (const [i, line] of webLines.entries()) {
      const answered = await dm(line, `00000${i}`);
      if (answered.status !== 200) throw new Error(`Slack event answered ${answered.status}`);
    }
    // Both hand-offs reach the advisors' channel before anything is inspected.
    const handedOff = () => slack.posted().filter((m) => m.channel === HANDOFF_CHANNEL && !m.thread_ts).length;
    for (let waited = 0; handedOff() < 2 && waited < 20_000; waited += 200) await sleep(200);
    bytesWhileRunning = databaseBytes(server.dataDir);
    await server.stop();
  }, 120_000);

  afterAll(async () => {
    await server?.remove();
    await slack?.close();
  });

  it('went through: each screening was handed off', async () => {
    expect(visitor.stream.some((a) => a.channelData?.handoff !== undefined)).toBe(true);
    const store = new SqliteSessionStore(server.dataDir);
    const handoffs = await store.listHandoffs();
    await store.close();
    expect(handoffs.map((h) => h.summary.channel).sort()).toEqual(['slack', 'web']);
  });

  it('leaves none of them in the database file or its WAL, while running or after', () => {
    // What was typed is there (so these are the right bytes), with its numbers redacted.
    expect(bytesWhileRunning).toContain(MARKER);
    expect(found(bytesWhileRunning)).toEqual([]);
    expect(found(databaseBytes(server.dataDir))).toEqual([]);
  });

  it('leaves none of them, nor anything typed, in the logs at info', () => {
    const logs = server.output();
    expect(logs).toContain('"event":"turn"');
    expect(found(logs)).toEqual([]);
    expect(logs).not.toContain(MARKER);
  });

  it('leaves none of them in the stored hand-offs', async () => {
    const store = new SqliteSessionStore(server.dataDir);
    const handoffs = JSON.stringify(await store.listHandoffs());
    await store.close();
    expect(handoffs).toContain(MARKER);
    expect(handoffs).toContain('[redacted');
    expect(found(handoffs)).toEqual([]);
  });

  it('sends none of them to Slack', () => {
    const sent = JSON.stringify(slack.calls);
    expect(sent).toContain(MARKER); // the transcript went to the advisors' thread
    expect(sent).toContain(HANDOFF_CHANNEL);
    expect(found(sent)).toEqual([]);
  });

  it('shows the visitor their own words with the numbers redacted', () => {
    const echoed = visitor.stream.filter((a) => a.from?.role !== 'bot').map((a) => a.text ?? '');
    expect(echoed.join('\n')).toContain('[redacted');
    expect(found(echoed.join('\n'))).toEqual([]);
  });
});
