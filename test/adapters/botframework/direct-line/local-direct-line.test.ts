import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { TYPING_AFTER_MS } from '../../../../adapters/botframework/slow-turn-typing.js';
import type { InboundMessage } from '../../../../src/api.js';
import { startTestServer, type TestServer } from '../../server/test-server.js';
import { makeFakeCore, makePrompt } from '../fixtures.js';

type Page = { activities: Record<string, unknown>[]; watermark: string };

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Answers like a screening: a welcome and a question to start, then a question per answer. */
function scriptedCore() {
  return makeFakeCore((m: InboundMessage) =>
    m.input.kind === 'start'
      ? [{ kind: 'say', text: 'Welcome.' }, makePrompt()]
      : [makePrompt({ slot: 'tried_irs', text: 'Have you tried the IRS?', choices: [] })],
  );
}

async function call<T>(
  method: string,
  path: string,
  token?: string,
  body?: unknown,
): Promise<{ status: number; json: T }> {
  const answer = await fetch(`${server?.url}/v3/directline${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: answer.status, json: (await answer.json()) as T };
}

async function startConversation(): Promise<{ token: string; conversationId: string }> {
  const tokenAnswer = await fetch(`${server?.url}/api/directline/token`, { method: 'POST' });
  const token = (await tokenAnswer.json()) as { token: string; conversationId: string; expires_in: number };
  expect(token.expires_in).toBeGreaterThan(0);
  const started = await call<{ conversationId: string }>('POST', '/conversations', token.token, {});
  expect(started.status).toBe(201);
  expect(started.json.conversationId).toBe(token.conversationId);
  return token;
}

describe('the local Direct Line', () => {
  it('delivers the welcome before it answers the start of a conversation', async () => {
    const core = scriptedCore();
    server = await startTestServer(core);
    const { token, conversationId } = await startConversation();
    const page = await call<Page>('GET', `/conversations/${conversationId}/activities?watermark=`, token);
    const fromBot = page.json.activities.filter((a) => (a.from as { role?: string }).role === 'bot');
    expect(fromBot.map((a) => a.type)).toEqual(['message']);
    expect(fromBot[0]?.channelData).toEqual({ slot: 'issue_type' });
    expect(core.calls[0]).toMatchObject({ input: { kind: 'start' }, conversationId: `web:${conversationId}` });
  });

  it('shows Web Chat a typing indicator before the answer of a slow turn', async () => {
    const core = scriptedCore();
    server = await startTestServer({
      handle: async (m: InboundMessage) => {
        await delay(TYPING_AFTER_MS * 2);
        return core.handle(m);
      },
    });
    const { token, conversationId } = await startConversation();
    const page = await call<Page>('GET', `/conversations/${conversationId}/activities?watermark=`, token);
    const fromBot = page.json.activities.filter((a) => (a.from as { role?: string }).role === 'bot');
    expect(fromBot.map((a) => a.type)).toEqual(['typing', 'message']);
  });

  it('echoes the visitor, posts to the bot and pages replies by watermark', async () => {
    const core = scriptedCore();
    server = await startTestServer(core);
    const { token, conversationId } = await startConversation();
    const first = await call<Page>('GET', `/conversations/${conversationId}/activities`, token);
    const posted = await call<{ id: string }>('POST', `/conversations/${conversationId}/activities`, token, {
      type: 'message',
      text: 'A late refund',
      value: { choice: 'refund_delay' },
      from: { id: 'dl_forged', name: 'Ana' },
      channelData: { clientActivityID: 'client-1' },
    });
    expect(posted.status).toBe(200);
    const next = await call<Page>(
      'GET',
      `/conversations/${conversationId}/activities?watermark=${first.json.watermark}`,
      token,
    );
    const [echo, ...replies] = next.json.activities;
    expect(echo).toMatchObject({
      id: posted.json.id,
      text: 'A late refund',
      channelData: { clientActivityID: 'client-1' },
    });
    expect(echo?.from).not.toMatchObject({ id: 'dl_forged' });
    expect(replies.at(-1)).toMatchObject({ text: 'Have you tried the IRS?', channelData: { slot: 'tried_irs' } });
    expect(core.calls[1]?.input).toEqual({ kind: 'choice', value: 'refund_delay' });
    const empty = await call<Page>(
      'GET',
      `/conversations/${conversationId}/activities?watermark=${next.json.watermark}`,
      token,
    );
    expect(empty.json.activities).toEqual([]);
  });

  it('refuses a missing, unknown or other conversation token with 403', async () => {
    server = await startTestServer(scriptedCore());
    const one = await startConversation();
    const two = await startConversation();
    const path = `/conversations/${one.conversationId}/activities`;
    expect((await call('GET', path)).status).toBe(403);
    expect((await call('GET', path, 'made-up')).status).toBe(403);
    expect((await call('GET', path, two.token)).status).toBe(403);
  });

  it('refreshes a token and reconnects to the same conversation', async () => {
    server = await startTestServer(scriptedCore());
    const { token, conversationId } = await startConversation();
    const refreshed = await call<{ token: string; conversationId: string }>('POST', '/tokens/refresh', token);
    expect(refreshed.json.conversationId).toBe(conversationId);
    expect(refreshed.json.token).not.toBe(token);
    const reconnected = await call<{ conversationId: string }>(
      'GET',
      `/conversations/${conversationId}?watermark=3`,
      refreshed.json.token,
    );
    expect(reconnected).toMatchObject({ status: 200, json: { conversationId } });
  });

  it('greets only once when a client starts the same conversation twice', async () => {
    const core = scriptedCore();
    server = await startTestServer(core);
    const { token } = await startConversation();
    await call('POST', '/conversations', token, {});
    expect(core.calls.filter((c) => c.input.kind === 'start')).toHaveLength(1);
  });

  it('takes bot replies on the connector path only from this host', async () => {
    server = await startTestServer(scriptedCore());
    const { conversationId } = await startConversation();
    const reply = await call<{ id: string }>(
      'POST',
      `/connector/v3/conversations/${conversationId}/activities`,
      undefined,
      {
        type: 'message',
        text: 'hi',
      },
    );
    // The test runs on the same host, so it is allowed; the id lands in the stream.
    expect(reply.json.id).toContain(conversationId);
  });
});
