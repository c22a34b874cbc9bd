import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createSlackAdapter, SLACK_EVENTS_PATH, type SlackAdapter } from '../../../../adapters/slack/index.js';
import type { ScreeningCore } from '../../../../adapters/slack/screening.js';
import { createHandoffDelivery } from '../../../../src/handoff/delivery.js';
import { createAssistant, loadScreeningDialog, MemorySessionStore, nullLogger } from '../../../../src/index.js';
import { type FakeSlackApi, startFakeSlackApi } from './fake-slack-api.js';
import { actionBody, commandBody, eventBody, postSigned } from './slack-request.js';

export const SECRET = 'test-signing-secret';
export const HANDOFF_CHANNEL = 'CHANDOFF';

/** A posted message as the fake recorded it. */
export type Posted = Record<string, unknown> & { ts: string };

type HarnessOptions = { now?: () => number; core?: ScreeningCore; store?: MemorySessionStore };

/** The real Bolt receiver, mounted on an express app on loopback, over the real core and a fake Slack Web API. */
export async function startSlackHarness(options: HarnessOptions = {}) {
  const api: FakeSlackApi = await startFakeSlackApi();
  const store = options.store ?? new MemorySessionStore();
  const now = options.now ?? (() => Date.parse('2026-11-25T15:00:00Z'));
  const assistant = createAssistant({
    dialog: loadScreeningDialog(),
    store,
    logger: nullLogger,
    timeZone: 'America/New_York',
  });
  const adapter: SlackAdapter = createSlackAdapter({
    settings: {
      slackSigningSecret: SECRET,
      slackBotToken: 'xoxb-test-token',
      slackAppToken: undefined,
      slackHandoffChannel: HANDOFF_CHANNEL,
      slackApiUrl: api.url,
      handoffRenotifyMinutes: 15,
      timeZone: 'America/New_York',
    },
    assistant: options.core ?? assistant,
    store,
    logger: nullLogger,
    now,
  });
  const app = express();
  if (!adapter.router) throw new Error('HTTP mode expected');
  app.use(SLACK_EVENTS_PATH, adapter.router);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${SLACK_EVENTS_PATH}`;
  let eventCounter = 0;

  const send = (
    body: string,
    type: 'json' | 'form',
    extra: { headers?: Record<string, string>; secret?: string; timestamp?: number } = {},
  ) =>
    postSigned(url, body, type === 'json' ? 'application/json' : 'application/x-www-form-urlencoded', {
      secret: extra.secret ?? SECRET,
      ...(extra.timestamp !== undefined ? { timestamp: extra.timestamp } : {}),
      ...(extra.headers ? { headers: extra.headers } : {}),
    });

  /** A web visitor tells their story and asks for a person: the core hands off with what it knows. */
  async function handOffFromWeb(conversationId = 'web:visitor-1'): Promise<void> {
    const at = now();
    const say = (text: string) =>
      assistant.handle({ conversationId, channel: 'web', input: { kind: 'text', text }, at });
    await assistant.handle({ conversationId, channel: 'web', input: { kind: 'start' }, at });
    await say('the irs levied my bank account and took everything, my SSN is 123-45-6789');
    const outputs = await say('I want to talk to a person');
    if (!outputs.some((o) => o.kind === 'handoff'))
      throw new Error(`no hand-off: ${outputs.map((o) => o.kind).join(', ')}`);
  }

  return {
    api,
    store,
    assistant,
    now,
    handOffFromWeb,
    /** The outbox worker over this store, delivering to the Slack hand-off channel. */
    delivery: () =>
      createHandoffDelivery({
        store,
        channels: adapter.handoffChannel ? [adapter.handoffChannel] : [],
        logger: nullLogger,
        now,
      }),
    adapter,
    url,
    send,
    /** Runs `/tas-screen` in `channel`. */
    slash: (user = 'U1', channel = 'C1') =>
      send(
        commandBody({
          command: '/tas-screen',
          text: '',
          user_id: user,
          user_name: `name-${user}`,
          channel_id: channel,
          trigger_id: 'trigger',
          response_url: `${api.url}response`,
        }),
        'form',
      ),
    /** A message event; `eventId` defaults to a fresh one. */
    event: (event: Record<string, unknown>, eventId = `Ev${++eventCounter}`, headers?: Record<string, string>) =>
      send(
        eventBody(eventId, { type: 'message', ts: `1800000000.${++eventCounter}`, ...event }),
        'json',
        headers ? { headers } : {},
      ),
    /** Types `text` as a reply in the screening thread `threadTs`. */
    reply: (threadTs: string, text: string, user = 'U1', channel = 'C1') =>
      send(
        eventBody(`Ev${++eventCounter}`, {
          type: 'message',
          channel,
          channel_type: 'channel',
          user,
          text,
          ts: `1800000000.${eventCounter}`,
          thread_ts: threadTs,
          parent_user_id: 'UBOT',
        }),
        'json',
      ),
    /** Clicks the button with `actionId` (and `value`, when several share it) on a posted message. */
    click: (message: Posted, match: { value?: string; actionIdPrefix: string }, user = 'U1') => {
      const blocks = (message.blocks ?? []) as { block_id: string; elements?: Record<string, unknown>[] }[];
      const found = blocks
        .flatMap((b) => (b.elements ?? []).map((e) => ({ block: b.block_id, element: e })))
        .find(
          ({ element }) =>
            String(element.action_id).startsWith(match.actionIdPrefix) &&
            (match.value === undefined || element.value === match.value),
        );
      if (!found) throw new Error(`no button ${match.actionIdPrefix} ${match.value ?? ''}`);
      const thread = typeof message.thread_ts === 'string' ? { thread_ts: message.thread_ts } : {};
      return send(
        actionBody({
          user: { id: user, username: `name-${user}`, team_id: 'T1' },
          channel: { id: String(message.channel), name: 'screening' },
          container: {
            type: 'message',
            message_ts: message.ts,
            channel_id: message.channel,
            is_ephemeral: false,
            ...thread,
          },
          message: {
            type: 'message',
            user: 'UBOT',
            ts: message.ts,
            text: message.text,
            blocks: message.blocks,
            ...thread,
          },
          trigger_id: 'trigger',
          response_url: `${api.url}response`,
          actions: [{ type: 'button', block_id: found.block, action_ts: String(Date.now() / 1000), ...found.element }],
        }),
        'form',
      );
    },
    /** Messages posted in a thread, oldest first. */
    thread: (threadTs: string): Posted[] => api.posted().filter((m) => m.thread_ts === threadTs),
    async close() {
      await adapter.stop();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await api.close();
    },
  };
}

export type SlackHarness = Awaited<ReturnType<typeof startSlackHarness>>;
