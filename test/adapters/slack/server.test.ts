import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServerProcess } from '../../helpers/server-process.js';
import { type FakeSlackApi, startFakeSlackApi } from './support/fake-slack-api.js';
import { commandBody, postSigned } from './support/slack-request.js';

const SECRET = 'server-test-secret';
const HANDOFF_CHANNEL = 'CADVISORS';

/** Talks to the server's local Direct Line like Web Chat does. */
async function webVisitor(url: string) {
  const token = (await (await fetch(`${url}/api/directline/token`, { method: 'POST' })).json()) as {
    token: string;
    conversationId: string;
  };
  const call = (path: string, body: unknown) =>
    fetch(`${url}/v3/directline${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token.token}` },
      body: JSON.stringify(body),
    });
  await call('/conversations', {});
  return (text: string) =>
    call(`/conversations/${token.conversationId}/activities`, { type: 'message', text, from: { id: 'visitor-1' } });
}

describe('the server (npm start) with Slack configured', () => {
  let api: FakeSlackApi;
  let server: ServerProcess;
  beforeAll(async () => {
    api = await startFakeSlackApi();
    server = await startServerProcess({
      env: {
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_BOT_TOKEN: 'xoxb-server-test',
        SLACK_HANDOFF_CHANNEL: HANDOFF_CHANNEL,
        SLACK_API_URL: api.url,
      },
    });
  });
  afterAll(async () => {
    await server?.remove();
    await api?.close();
  });

  it('answers a signed /tas-screen on /slack/events and refuses an unsigned one', async () => {
    const body = commandBody({ command: '/tas-screen', text: '', user_id: 'U1', channel_id: 'C1', trigger_id: 't' });
    const url = `${server.url}/slack/events`;
    expect(
      (await postSigned(url, body, 'application/x-www-form-urlencoded', { secret: 'not-the-secret' })).status,
    ).toBe(401);
    expect((await postSigned(url, body, 'application/x-www-form-urlencoded', { secret: SECRET })).status).toBe(200);
    await expect
      .poll(() =>
        api.posted().some((m) => (m.metadata as { event_type?: string } | undefined)?.event_type === 'tas_prompt'),
      )
      .toBe(true);
  });

  it('delivers a hand-off from the web chat to the advisors’ channel', async () => {
    const say = await webVisitor(server.url);
    await say('the irs levied my bank account last week and took everything I had for rent');
    await say('I want to talk to a person');
    await expect
      .poll(() => api.posted().filter((m) => m.channel === HANDOFF_CHANNEL).length, { timeout: 15_000 })
      .toBeGreaterThanOrEqual(3); // the message, the Form 911 draft and the transcript
    const main = api.posted().find((m) => m.channel === HANDOFF_CHANNEL && m.thread_ts === undefined);
    expect(main?.metadata).toMatchObject({ event_type: 'tas_handoff' });
    expect(JSON.stringify(main?.blocks)).toContain('via web');
  });
});

describe('the server (npm start) without Slack settings', () => {
  it('runs and says once that Slack is off', async () => {
    const server = await startServerProcess({ env: { LOG_LEVEL: 'info' } });
    try {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      expect(server.output().match(/"slack\.off"/g)).toHaveLength(1);
      expect((await fetch(`${server.url}/slack/events`, { method: 'POST' })).status).toBe(404);
    } finally {
      await server.remove();
    }
  });
});
