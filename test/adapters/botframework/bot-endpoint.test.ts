import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../server/test-server.js';
import { makeFakeCore, makePrompt } from './fixtures.js';

/** A stand-in for a channel's connector: records what the bot posts back. */
async function startFakeConnector() {
  const received: { path: string; body: unknown }[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => {
      raw += chunk;
    });
    req.on('end', () => {
      received.push({ path: req.url ?? '', body: JSON.parse(raw) });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `r-${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const message = {
  type: 'message',
  id: 'm-1',
  channelId: 'directline',
  text: 'hello',
  from: { id: 'visitor-1' },
  recipient: { id: 'bot' },
  conversation: { id: 'c-1' },
  serviceUrl: 'http://127.0.0.1:9/unused',
};

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server?.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('POST /api/messages', () => {
  it('refuses an unauthenticated request with 401 when an app id is set', async () => {
    const core = makeFakeCore();
    server = await startTestServer(core, {
      microsoftAppId: '00000000-0000-0000-0000-000000000001',
      microsoftAppPassword: 'x',
    });
    const answer = await post('/api/messages', message);
    expect(answer.status).toBe(401);
    expect(core.calls).toEqual([]);
  });

  it('refuses a forged bearer token without calling the core', async () => {
    const core = makeFakeCore();
    server = await startTestServer(core, {
      microsoftAppId: '00000000-0000-0000-0000-000000000001',
      microsoftAppPassword: 'x',
    });
    const answer = await post('/api/messages', message, { authorization: 'Bearer not-a-jwt' });
    expect(answer.status).toBe(401);
    expect(core.calls).toEqual([]);
  });

  it('answers 400, not a stack trace, to a body that is not an activity', async () => {
    server = await startTestServer(makeFakeCore());
    const answer = await post('/api/messages', { text: 'no type' });
    expect(answer.status).toBe(400);
    expect(await answer.text()).not.toContain('at ');
  });

  it('runs open, without credentials, and replies to the serviceUrl', async () => {
    const connector = await startFakeConnector();
    try {
      const core = makeFakeCore(() => [makePrompt()]);
      server = await startTestServer(core);
      const answer = await post('/api/messages', { ...message, serviceUrl: connector.url });
      expect(answer.status).toBe(200);
      expect(core.calls[0]?.input).toEqual({ kind: 'text', text: 'hello' });
      expect(connector.received.map((r) => r.path)).toEqual(['/v3/conversations/c-1/activities/m-1']);
      expect(connector.received[0]?.body).toMatchObject({ type: 'message', channelData: { slot: 'issue_type' } });
    } finally {
      await connector.close();
    }
  });

  it('replies to each activity at its own serviceUrl, turn after turn', async () => {
    const one = await startFakeConnector();
    const two = await startFakeConnector();
    try {
      server = await startTestServer(makeFakeCore(() => [makePrompt()]));
      for (const [id, connector] of [
        ['m-1', one],
        ['m-2', two],
        ['m-3', one],
      ] as const) {
        const answer = await post('/api/messages', { ...message, id, serviceUrl: connector.url });
        expect(answer.status).toBe(200);
      }
      expect(one.received.map((r) => r.path)).toEqual([
        '/v3/conversations/c-1/activities/m-1',
        '/v3/conversations/c-1/activities/m-3',
      ]);
      expect(two.received.map((r) => r.path)).toEqual(['/v3/conversations/c-1/activities/m-2']);
    } finally {
      await one.close();
      await two.close();
    }
  });
});
