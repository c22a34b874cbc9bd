import { App, ExpressReceiver, webApi } from '@slack/bolt';
import type { Router } from 'express';
import type { Config, HandoffPosts, HandoffStore, Logger, ReplyOutbox, SessionStore } from '../../src/index.js';
import { toBoltLogger } from './bolt-logger.js';
import { createSlackHandoffs, type SlackHandoffChannel, slackErrorCode } from './handoff-notifier.js';
import { registerListeners } from './listeners.js';
import { createSlackScreening, type ScreeningCore } from './screening.js';

/** Where the server mounts `router`: events, slash commands and interactivity all arrive here. */
export const SLACK_EVENTS_PATH = '/slack/events';

export type SlackSettings = Pick<
  Config,
  | 'slackSigningSecret'
  | 'slackBotToken'
  | 'slackAppToken'
  | 'slackHandoffChannel'
  | 'slackApiUrl'
  | 'handoffRenotifyMinutes'
  | 'timeZone'
>;

export type SlackAdapterConfig = {
  settings: SlackSettings;
  assistant: ScreeningCore;
  store: HandoffStore & HandoffPosts & Partial<Pick<SessionStore, 'findDelivery'> & ReplyOutbox>;
  logger: Logger;
  now?: () => number;
  /** How often unclaimed urgent hand-offs are checked for a reminder. */
  reminderCheckMs?: number;
  /** How often screening replies left unshown (a crash, an outage) are looked for. */
  replySweepMs?: number;
};

/** What the server needs from Slack; everything is inert when Slack is off. */
export type SlackAdapter = {
  mode: 'http' | 'socket' | 'off';
  /** Mount at SLACK_EVENTS_PATH, with no JSON body parser before it (Bolt checks the raw body's signature). */
  router: Router | undefined;
  /** Posts hand-offs to SLACK_HANDOFF_CHANNEL; give it to the hand-off delivery worker. */
  handoffChannel: SlackHandoffChannel | undefined;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** One reminder pass (also run on a timer after start). */
  remindUnclaimed(): Promise<number>;
  /** One pass over screening replies left unshown (also run at start and on a timer); how many it finished. */
  sweepReplies(): Promise<number>;
};

/** How long one Web API call may take before it counts as failed (and is retried). */
const SLACK_TIMEOUT_MS = 10_000;

const off: SlackAdapter = {
  mode: 'off',
  router: undefined,
  handoffChannel: undefined,
  start: async () => undefined,
  stop: async () => undefined,
  remindUnclaimed: async () => 0,
  sweepReplies: async () => 0,
};

/** Finds the bot's own ids once (auth.test), lazily, and tries again after a failure. */
function createAuthorize(client: webApi.WebClient, botToken: string) {
  let identity: Promise<{ botUserId: string; botId: string }> | undefined;
  const identify = () => {
    identity ??= client.auth.test({ token: botToken }).then(
      (r) => ({ botUserId: String(r.user_id ?? ''), botId: String(r.bot_id ?? '') }),
      (error: unknown) => {
        identity = undefined;
        throw error;
      },
    );
    return identity;
  };
  return { identify, authorize: async () => ({ botToken, ...(await identify()) }) };
}

/**
 * Creates the Slack adapter from settings: HTTP (signing secret) or Socket Mode (app token), or off
 * (logged once) when SLACK_BOT_TOKEN is not set. Makes no network call until `start`.
 */
export function createSlackAdapter(config: SlackAdapterConfig): SlackAdapter {
  const { settings, logger } = config;
  const botToken = settings.slackBotToken;
  if (!botToken || (!settings.slackSigningSecret && !settings.slackAppToken)) {
    logger.info('slack.off', { reason: 'SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN) are not set' });
    return off;
  }
  const now = config.now ?? Date.now;
  const boltLogger = toBoltLogger(logger);
  const clientOptions: webApi.WebClientOptions = {
    logger: boltLogger,
    retryConfig: { retries: 2, factor: 2, minTimeout: 500 }, // the delivery worker retries hand-offs itself
    // Without one, a Slack that accepts the connection and never answers holds the hand-off worker for minutes.
    timeout: SLACK_TIMEOUT_MS,
    ...(settings.slackApiUrl ? { slackApiUrl: settings.slackApiUrl } : {}),
  };
  const client = new webApi.WebClient(botToken, clientOptions);
  const { identify, authorize } = createAuthorize(client, botToken);
  const socketMode = settings.slackAppToken !== undefined;
  const receiver = socketMode
    ? undefined
    : new ExpressReceiver({
        signingSecret: settings.slackSigningSecret as string,
        endpoints: '/',
        // Slack gets its 200 when the listener returns: after the turn is committed, so that a crash
        // before that makes Slack retry the event instead of losing it (listeners return within 3 s).
        processBeforeResponse: true,
        logger: boltLogger,
      });
  const app = receiver
    ? new App({ receiver, authorize, clientOptions, logger: boltLogger })
    : new App({
        socketMode: true,
        appToken: settings.slackAppToken as string,
        authorize,
        clientOptions,
        logger: boltLogger,
      });

  const handoffChannel = settings.slackHandoffChannel;
  if (!handoffChannel) logger.info('slack.handoffs-off', { reason: 'SLACK_HANDOFF_CHANNEL is not set' });
  const handoffs = createSlackHandoffs({
    client,
    channel: handoffChannel,
    store: config.store,
    logger,
    timeZone: settings.timeZone,
    renotifyMinutes: settings.handoffRenotifyMinutes,
    now,
  });
  const deliveries = config.store.findDelivery
    ? { findDelivery: config.store.findDelivery.bind(config.store) }
    : undefined;
  const { store } = config;
  const outbox: ReplyOutbox | undefined =
    store.markShown && store.unshownDeliveries
      ? { markShown: store.markShown.bind(store), unshownDeliveries: store.unshownDeliveries.bind(store) }
      : undefined;
  const screening = createSlackScreening({ assistant: config.assistant, client, logger, now, deliveries, outbox });
  registerListeners(app, { screening, handoffs, handoffChannel, logger });

  const timers: NodeJS.Timeout[] = [];
  const every = (ms: number, task: () => Promise<unknown>) => {
    const timer = setInterval(() => void task(), ms);
    timer.unref();
    timers.push(timer);
  };
  const remind = () =>
    handoffs.remindUnclaimed().catch((error: unknown) => {
      logger.warn('slack.reminder-failed', { error: slackErrorCode(error) });
      return 0;
    });
  const sweep = () =>
    screening.sweep().catch((error: unknown) => {
      logger.warn('slack.reply-sweep-failed', { error: slackErrorCode(error) });
      return 0;
    });
  return {
    mode: socketMode ? 'socket' : 'http',
    router: receiver?.router as Router | undefined,
    handoffChannel: handoffs.handoffChannel,
    async start() {
      identify().catch((error: unknown) => logger.warn('slack.auth-test-failed', { error: slackErrorCode(error) }));
      if (socketMode) await app.start();
      every(config.reminderCheckMs ?? 60_000, remind);
      every(config.replySweepMs ?? 5_000, sweep);
      void sweep(); // what the last process committed and did not show
      logger.info('slack.on', { mode: socketMode ? 'socket' : 'http', handoffs: handoffChannel !== undefined });
    },
    async stop() {
      for (const timer of timers.splice(0)) clearInterval(timer);
      if (socketMode) await app.stop();
    },
    remindUnclaimed: remind,
    sweepReplies: sweep,
  };
}
