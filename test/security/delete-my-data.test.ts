import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import tasScreening from '../../dialogs/tas-screening.js';
import { SqliteSessionStore } from '../../src/storage/sqlite-session-store.js';
import { type BuiltServer, startBuiltServer } from './support/built-server.js';
import { type StreamActivity, Visitor } from './support/visitor.js';

/** A name only this visitor typed: found on disk before "delete my data", and nowhere after. */
const MARKER = 'Ottoline Brackenridge';

function databaseBytes(dataDir: string): string {
  return readdirSync(dataDir)
    .filter((name) => name.startsWith('tas.sqlite'))
    .map((name) => readFileSync(join(dataDir, name)).toString('latin1'))
    .join('\n');
}

describe('"delete my data" in the web chat', () => {
  let server: BuiltServer;
  let visitor: Visitor;
  let other: Visitor;
  let before = '';
  let answer: StreamActivity[] = [];

  beforeAll(async () => {
    server = await startBuiltServer();
    visitor = new Visitor(server.url);
    other = new Visitor(server.url);
    await visitor.start();
    await other.start();
    await visitor.say(`My name is ${MARKER} and the IRS took my whole refund without any notice.`);
    await other.say('The IRS is garnishing my wages and I cannot pay rent.');
    before = databaseBytes(server.dataDir);
    answer = await visitor.say('delete my data');
  }, 60_000);

  afterAll(async () => {
    await server?.remove();
  });

  it('says politely that it was deleted and asks nothing more', () => {
    const texts = answer.filter((a) => a.type === 'message').map((a) => a.text);
    expect(texts).toContain(tasScreening.wording.deleted);
    expect(answer.some((a) => a.channelData?.slot !== undefined)).toBe(false);
  });

  it('erases the conversation from the store and leaves the other visitor alone', async () => {
    const store = new SqliteSessionStore(server.dataDir);
    try {
      expect(await store.transcript(visitor.conversationId)).toEqual([]);
      expect(await store.load(visitor.conversationId)).toBeUndefined();
      expect((await store.transcript(other.conversationId)).length).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  });

  it('leaves no byte of what the visitor typed in the database file or its WAL', () => {
    expect(before).toContain(MARKER);
    expect(databaseBytes(server.dataDir)).not.toContain(MARKER);
  });

  it('shows a reloaded page nothing of the erased conversation', async () => {
    const replay = await fetch(
      `${server.url}/v3/directline/conversations/${visitor.dlConversation}/activities?watermark=0`,
      { headers: { authorization: `Bearer ${visitor.token}` } },
    );
    const body = replay.status === 200 ? JSON.stringify(await replay.json()) : '';
    expect(body).not.toContain(MARKER);
  });
});
