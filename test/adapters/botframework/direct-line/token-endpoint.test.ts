import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { createServerApp } from '../../../../adapters/server/app.js';
import { startTestServer, type TestServer } from '../../server/test-server.js';
import { makeFakeCore } from '../fixtures.js';

let server: TestServer | undefined;
let upstream: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  await upstream?.close();
  server = undefined;
  upstream = undefined;
});

/** A fake Azure Direct Line: records the token requests it gets. */
async function startFakeAzure(status = 200) {
  const seen: { authorization: string | undefined; body: unknown }[] = [];
  const app = createServerApp();
  app.post('/v3/directline/tokens/generate', express.json(), (req, res) => {
    seen.push({ authorization: req.get('authorization'), body: req.body });
    res
      .status(status)
      .json({ conversationId: 'azure-conv', token: 'azure-token', expires_in: 1800, streamUrl: 'wss://x' });
  });
  const listening = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const port = (listening.address() as { port: number }).port;
  upstream = {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => listening.close(() => resolve())),
  };
  return { domain: `${upstream.url}/v3/directline`, seen };
}

describe('POST /api/directline/token', () => {
  it('exchanges the secret with Direct Line and never hands it to the browser', async () => {
    const azure = await startFakeAzure();
    server = await startTestServer(makeFakeCore(), { directLineSecret: 'top-secret', directLineDomain: azure.domain });
    const answer = await fetch(`${server.url}/api/directline/token`, { method: 'POST' });
    const raw = await answer.text();
    expect(JSON.parse(raw)).toEqual({ token: 'azure-token', conversationId: 'azure-conv', expires_in: 1800 });
    expect(raw).not.toContain('top-secret');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(azure.seen[0]?.authorization).toBe('Bearer top-secret');
    expect(azure.seen[0]?.body).toMatchObject({ user: { id: expect.stringMatching(/^dl_/) } });
  });

  it('does not run the local Direct Line when a secret is set', async () => {
    const azure = await startFakeAzure();
    server = await startTestServer(makeFakeCore(), { directLineSecret: 'top-secret', directLineDomain: azure.domain });
    const answer = await fetch(`${server.url}/v3/directline/conversations`, { method: 'POST' });
    expect(answer.status).toBe(404);
  });

  it('answers 502 when Direct Line refuses', async () => {
    const azure = await startFakeAzure(403);
    server = await startTestServer(makeFakeCore(), { directLineSecret: 'wrong', directLineDomain: azure.domain });
    const answer = await fetch(`${server.url}/api/directline/token`, { method: 'POST' });
    expect(answer.status).toBe(502);
  });

  it('lets the firm’s own site ask for a token from another origin', async () => {
    server = await startTestServer(makeFakeCore());
    const preflight = await fetch(`${server.url}/api/directline/token`, {
      method: 'OPTIONS',
      headers: { origin: 'https://firm.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
  });
});
