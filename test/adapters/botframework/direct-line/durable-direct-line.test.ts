import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScreeningCore } from '../../../../adapters/botframework/screening-bot.js';
import { createServerApp, finishServerApp, selfOrigin } from '../../../../adapters/server/app.js';
import { mountWebChat } from '../../../../adapters/server/web-chat.js';
import type { InboundMessage } from '../../../../src/api.js';
import { nullLogger } from '../../../../src/log/logger.js';
import type { DirectLineStore } from '../../../../src/storage/direct-line-store.js';
import { SqliteDirectLineStore } from '../../../../src/storage/sqlite-direct-line-store.js';
import { makeFakeCore, makePrompt } from '../fixtures.js';

type Page = { activities: (Record<string, unknown> & { id: string })[]; watermark: string };
type Running = { url: string; close(): Promise<void> };

const dirs: string[] = [];
const running: Running[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) await server.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tas-dl-'));
  dirs.push(dir);
  return dir;
}

/** The website chat over `store`, as main.ts mounts it; a new one over the same store is a restarted server. */
async function serve(core: ScreeningCore, store: DirectLineStore): Promise<Running> {
  let origin = '';
  const settings = {
    microsoftAppId: undefined,
    microsoftAppPassword: undefined,
    microsoftAppType: 'MultiTenant' as const,
    microsoftAppTenantId: undefined,
    directLineSecret: undefined,
    directLineDomain: undefined,
  };
  const app = createServerApp();
  mountWebChat(app, { core, logger: nullLogger, settings, origin: () => origin, directLineStore: store });
  finishServerApp(app, nullLogger);
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  origin = selfOrigin('127.0.0.1', (server.address() as AddressInfo).port);
  const handle = {
    url: origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  running.push(handle);
  return handle;
}

async function call<T>(url: string, method: string, path: string, token: string, body?: unknown): Promise<T> {
  const answer = await fetch(`${url}/v3/directline${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return (await answer.json()) as T;
}

async function open(url: string): Promise<{ token: string; conversationId: string }> {
  const token = (await (await fetch(`${url}/api/directline/token`, { method: 'POST' })).json()) as {
    token: string;
    conversationId: string;
  };
  await call(url, 'POST', '/conversations', token.token, {});
  return token;
}

const echo = (texts: string[]) =>
  makeFakeCore((m: InboundMessage) => {
    if (m.input.kind === 'text') texts.push(m.input.text);
    return [makePrompt({ slot: 'tried_irs', text: `Got it (${texts.length}).`, choices: [] })];
  });

describe('the local Direct Line over a durable store', () => {
  it('carries a conversation, its token and its watermark across a restart', async () => {
    const dir = tempDir();
    const first = await serve(echo([]), new SqliteDirectLineStore(dir));
    const { token, conversationId } = await open(first.url);
    const before = await call<Page>(first.url, 'GET', `/conversations/${conversationId}/activities`, token);
    await first.close();

    const again = await serve(echo([]), new SqliteDirectLineStore(dir));
    const path = `/conversations/${conversationId}/activities`;
    await call(again.url, 'POST', path, token, { type: 'message', text: 'hello again' });
    const after = await call<Page>(again.url, 'GET', `${path}?watermark=${before.watermark}`, token);
    const messages = after.activities.filter((a) => a.type === 'message');
    expect(messages.map((a) => a.text)).toEqual(['hello again', 'Got it (1).']);
  });

  it('delivers an activity a crash left unconfirmed when the visitor polls, with its own id', async () => {
    const dir = tempDir();
    const store = new SqliteDirectLineStore(dir);
    const first = await serve(echo([]), store);
    const { token, conversationId } = await open(first.url);
    // What a crash between the echo and the bot's answer leaves behind: a pending activity in the stream.
    const pending = store.append(conversationId, {
      activity: { type: 'message', text: 'my answer', from: { id: 'v', role: 'user' } },
      at: Date.now(),
      delivery: 'pending',
    });
    expect(pending?.created).toBe(true);
    await first.close();
    store.close();

    const said: string[] = [];
    const again = await serve(echo(said), new SqliteDirectLineStore(dir));
    const path = `/conversations/${conversationId}/activities`;
    await call(again.url, 'GET', path, token);
    await expect.poll(() => said).toEqual(['my answer']);
    await call(again.url, 'POST', path, token, { type: 'message', text: 'next' });
    expect(said).toEqual(['my answer', 'next']);
  });

  it('takes a client retry with the same clientActivityID once', async () => {
    const said: string[] = [];
    const server = await serve(echo(said), new SqliteDirectLineStore(tempDir()));
    const { token, conversationId } = await open(server.url);
    const body = { type: 'message', text: 'yes', channelData: { clientActivityID: 'c-1' } };
    const path = `/conversations/${conversationId}/activities`;
    const ids = await Promise.all([1, 2].map(() => call<{ id: string }>(server.url, 'POST', path, token, body)));
    expect(ids[0]?.id).toBe(ids[1]?.id);
    expect(said).toEqual(['yes']);
  });

  it('keeps what visitors type redacted in the stream it stores', async () => {
    const server = await serve(echo([]), new SqliteDirectLineStore(tempDir()));
    const { token, conversationId } = await open(server.url);
    const path = `/conversations/${conversationId}/activities`;
    await call(server.url, 'POST', path, token, { type: 'message', text: 'my SSN is 123-45-6789' });
    const page = await call<Page>(server.url, 'GET', path, token);
    expect(JSON.stringify(page)).not.toContain('123-45-6789');
  });
});
