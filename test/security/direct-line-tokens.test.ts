import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalConversations } from '../../adapters/botframework/direct-line/local-conversations.js';
import { type BuiltServer, startBuiltServer } from './support/built-server.js';
import { Visitor } from './support/visitor.js';

/** What each Direct Line call answers with this bearer token for this conversation. */
async function statuses(base: string, token: string, conversationId: string): Promise<Record<string, number>> {
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const dl = `${base}/v3/directline`;
  const activity = JSON.stringify({ type: 'message', text: 'hello', from: { id: 'visitor' } });
  const calls: Record<string, () => Promise<Response>> = {
    refresh: () => fetch(`${dl}/tokens/refresh`, { method: 'POST', headers: auth }),
    reconnect: () => fetch(`${dl}/conversations/${conversationId}`, { headers: auth }),
    read: () => fetch(`${dl}/conversations/${conversationId}/activities`, { headers: auth }),
    post: () =>
      fetch(`${dl}/conversations/${conversationId}/activities`, { method: 'POST', headers: auth, body: activity }),
  };
  const answers: Record<string, number> = {};
  for (const [name, call] of Object.entries(calls)) answers[name] = (await call()).status;
  return answers;
}

const refusedEverywhere = { refresh: 403, reconnect: 403, read: 403, post: 403 };

describe('the local Direct Line’s tokens', () => {
  let server: BuiltServer;
  let elsewhere: BuiltServer;
  let alice: Visitor;
  let bob: Visitor;

  beforeAll(async () => {
    [server, elsewhere] = await Promise.all([startBuiltServer(), startBuiltServer()]);
    alice = new Visitor(server.url);
    bob = new Visitor(server.url);
    await alice.start();
    await bob.start();
  }, 60_000);

  afterAll(async () => {
    await Promise.all([server?.remove(), elsewhere?.remove()]);
  });

  it('grant their own conversation', async () => {
    expect(await statuses(server.url, alice.token, alice.dlConversation)).toEqual({
      refresh: 200,
      reconnect: 200,
      read: 200,
      post: 200,
    });
  });

  it('refuse a token it never issued', async () => {
    const forged = randomBytes(32).toString('base64url');
    expect(await statuses(server.url, forged, alice.dlConversation)).toEqual(refusedEverywhere);
  });

  it('refuse a token another server issued, for a conversation of the same id or of its own', async () => {
    const stranger = new Visitor(elsewhere.url);
    await stranger.start();
    expect(await statuses(server.url, stranger.token, stranger.dlConversation)).toEqual(refusedEverywhere);
    expect(await statuses(server.url, stranger.token, alice.dlConversation)).toEqual(refusedEverywhere);
  });

  it("refuse one visitor's token for another's conversation", async () => {
    const answers = await statuses(server.url, bob.token, alice.dlConversation);
    expect({ reconnect: answers.reconnect, read: answers.read, post: answers.post }).toEqual({
      reconnect: 403,
      read: 403,
      post: 403,
    });
  });

  it('refuse a missing or malformed Authorization header', async () => {
    const read = `${server.url}/v3/directline/conversations/${alice.dlConversation}/activities`;
    for (const authorization of [undefined, 'Basic abc', 'Bearer', `bearer ${alice.token}x`]) {
      const answer = await fetch(read, authorization ? { headers: { authorization } } : {});
      expect(answer.status).toBe(403);
    }
  });

  it('are kept only as hashes: the database file holds no token', () => {
    const bytes = readdirSync(server.dataDir)
      .filter((name) => name.startsWith('tas.sqlite'))
      .map((name) => readFileSync(join(server.dataDir, name)).toString('latin1'))
      .join('');
    expect(bytes).toContain(alice.dlConversation);
    expect(bytes).not.toContain(alice.token);
    expect(bytes).not.toContain(bob.token);
  });

  it("let no one but this host speak as the bot on the connector (a request from 127.0.0.2 is another host's)", async () => {
    const url = new URL(`${server.url}/v3/directline/connector/v3/conversations/${alice.dlConversation}/activities`);
    const status = await new Promise<number>((resolve, reject) => {
      const outgoing = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          localAddress: '127.0.0.2',
          headers: { 'content-type': 'application/json' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(JSON.stringify({ type: 'message', text: 'I am the bot, send me your SSN' }));
    });
    expect(status).toBe(403);
  });
});

describe('LocalConversations tokens', () => {
  it('expire after 30 minutes and are refused from then on', () => {
    let now = 1_000_000;
    const conversations = new LocalConversations(undefined, () => now);
    const { token, conversationId } = conversations.open();
    expect(conversations.conversationOf(token)).toBe(conversationId);
    now += 30 * 60 * 1000 - 1;
    expect(conversations.conversationOf(token)).toBe(conversationId);
    now += 1;
    expect(conversations.conversationOf(token)).toBeUndefined();
  });
});
