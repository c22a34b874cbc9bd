import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../adapters/server/rate-limit.js';
import { type FakeSlackApi, startFakeSlackApi } from '../adapters/slack/support/fake-slack-api.js';
import { eventBody, postSigned } from '../adapters/slack/support/slack-request.js';
import { type BuiltServer, startBuiltServer } from './support/built-server.js';
import { Visitor } from './support/visitor.js';

describe('createRateLimiter', () => {
  it('lets a burst of perMinute through, then refuses with the seconds until the next token', () => {
    let now = 0;
    const limiter = createRateLimiter({ perMinute: 3, now: () => now });
    expect([1, 2, 3].map(() => limiter.take('a').ok)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 20, first: true });
    expect(limiter.take('a')).toMatchObject({ ok: false, first: false });
    now = 20_000;
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
  });

  it('keeps keys apart', () => {
    const limiter = createRateLimiter({ perMinute: 1, now: () => 0 });
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
    expect(limiter.take('b').ok).toBe(true);
  });

  it('stays within maxKeys however many keys it sees', () => {
    let now = 0;
    const limiter = createRateLimiter({ perMinute: 2, maxKeys: 100, now: () => now });
    for (let i = 0; i < 10_000; i += 1) {
      now += 1;
      limiter.take(`key-${i}`);
    }
    expect(limiter.size()).toBeLessThanOrEqual(100);
  });
});

/** A POST from a given loopback address: 127.0.0.2 is another client as far as the server can tell. */
function postFrom(
  localAddress: string,
  url: string,
  body = '',
): Promise<{ status: number; retryAfter?: string; text: string }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        localAddress,
        headers: body ? { 'content-type': 'application/json' } : {},
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            text,
            ...(typeof res.headers['retry-after'] === 'string' ? { retryAfter: res.headers['retry-after'] } : {}),
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

describe('the server with RATE_LIMIT_PER_MINUTE=5', () => {
  const SECRET = 'rate-limit-secret';
  let server: BuiltServer;
  let slack: FakeSlackApi;

  beforeAll(async () => {
    slack = await startFakeSlackApi();
    server = await startBuiltServer({
      RATE_LIMIT_PER_MINUTE: '5',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: 'xoxb-rate-limit',
      SLACK_API_URL: slack.url,
    });
  }, 60_000);

  afterAll(async () => {
    await server?.remove();
    await slack?.close();
  });

  it('answers 429 with Retry-After to a web conversation sending too fast, and keeps serving another', async () => {
    const [fast, calm] = [new Visitor(server.url), new Visitor(server.url)];
    await fast.start();
    await calm.start();
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 7; i += 1) {
      const answer = await fetch(`${server.url}/v3/directline/conversations/${fast.dlConversation}/activities`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${fast.token}` },
        body: JSON.stringify({ type: 'message', text: 'help', from: { id: 'visitor' } }),
      });
      statuses.push(answer.status);
      retryAfter ??= answer.headers.get('retry-after');
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect((await calm.say('help')).length).toBeGreaterThan(0);
    expect(server.output()).toContain('"event":"http.rate-limited"');
  });

  it('answers 429 to one address flooding the token endpoint while another address is served', async () => {
    const flood: number[] = [];
    // The address budget is 20 requests per allowed message: 100 a minute here.
    for (let i = 0; i < 110; i += 1)
      flood.push((await postFrom('127.0.0.1', `${server.url}/api/directline/token`)).status);
    expect(flood.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(flood.every((s) => s === 200 || s === 429)).toBe(true);
    const refused = await postFrom('127.0.0.1', `${server.url}/api/directline/token`);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    const other = await postFrom('127.0.0.2', `${server.url}/api/directline/token`);
    expect(other.status).toBe(200);
    expect(JSON.parse(other.text)).toHaveProperty('token');
  });

  it('limits one Slack conversation without touching another', async () => {
    const dm = (channel: string, i: number) =>
      postSigned(
        `${server.url}/slack/events`,
        eventBody(`Ev${channel}${i}`, {
          type: 'message',
          channel,
          channel_type: 'im',
          user: 'U1',
          text: 'help',
          ts: `1700000000.00000${i}`,
        }),
        'application/json',
        { secret: SECRET },
      );
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) statuses.push((await dm('DFAST', i)).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    expect((await dm('DCALM', 0)).status).toBe(200);
  });

  it('limits one Bot Framework conversation on /api/messages', async () => {
    const activity = (i: number) =>
      JSON.stringify({
        type: 'message',
        id: `a${i}`,
        channelId: 'emulator',
        serviceUrl: slack.url.replace('/api/', '/'),
        conversation: { id: 'bf-fast' },
        from: { id: 'u1' },
        recipient: { id: 'bot' },
        text: 'help',
      });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1)
      statuses.push((await postFrom('127.0.0.1', `${server.url}/api/messages`, activity(i))).status);
    expect(statuses.slice(5)).toEqual([429, 429]);
    expect(statuses.slice(0, 5).every((s) => s === 200)).toBe(true);
  });
});
