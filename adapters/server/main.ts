import type { AddressInfo } from 'node:net';
import {
  createAssistant,
  createHandoffDelivery,
  createLogger,
  loadConfig,
  loadScreeningDialog,
  SqliteDirectLineStore,
  SqliteSessionStore,
} from '../../src/index.js';
import { createSlackAdapter, SLACK_EVENTS_PATH } from '../slack/index.js';
import { createServerApp, finishServerApp, selfOrigin } from './app.js';
import { protectRoutes, securityHeaderOptionsFor } from './protect-routes.js';
import { startRetention } from './retention.js';
import { withStreamErasure } from './stream-erasure.js';
import { mountWebChat } from './web-chat.js';

/** The composition root behind `npm start`: config, store, assistant, then each adapter on one HTTP server. */
function main(): void {
  const loaded = loadConfig();
  if (!loaded.ok) {
    process.stderr.write(`${loaded.error}\n`);
    process.exit(1);
  }
  const config = loaded.value;
  const logger = createLogger(config.logLevel);
  const store = new SqliteSessionStore(config.dataDir);
  const directLineStore = new SqliteDirectLineStore(config.dataDir);
  const core = createAssistant({
    dialog: loadScreeningDialog(),
    store: withStreamErasure(store, directLineStore),
    logger,
    timeZone: config.timeZone,
    sessionTtlMs: config.sessionTtlHours * 3_600_000,
  });

  let origin = '';
  const app = createServerApp(securityHeaderOptionsFor(config), config.trustProxy);
  protectRoutes(app, { settings: config, logger });
  const mode = mountWebChat(app, { core, logger, settings: config, origin: () => origin, directLineStore });
  const slack = createSlackAdapter({ settings: config, assistant: core, store, logger });
  if (slack.router) app.use(SLACK_EVENTS_PATH, slack.router);
  const delivery = createHandoffDelivery({
    store,
    channels: slack.handoffChannel ? [slack.handoffChannel] : [],
    logger,
  });
  finishServerApp(app, logger);

  const server = app.listen(config.port, config.host, (error?: Error) => {
    if (error) {
      logger.error('server.listen-failed', { error: error.message });
      process.exit(1);
    }
    const { port } = server.address() as AddressInfo; // listening on TCP, so never a pipe name
    origin = selfOrigin(config.host, port);
    logger.info('server.listening', { port, host: config.host, directLine: mode });
    const page = config.publicUrl ?? `${origin.replace('127.0.0.1', 'localhost')}/`;
    process.stdout.write(`Website chat: ${page}\n`);
    slack.start().catch((e: unknown) => logger.error('slack.start-failed', { error: String(e) }));
    delivery.start();
    retention = startRetention({ store, settings: config, logger });
  });
  let retention: ReturnType<typeof startRetention> | undefined;

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info('server.stopping', { signal });
    retention?.stop();
    server.close(() => {
      Promise.all([delivery.stop(), slack.stop()])
        .then(() => {
          directLineStore.close();
          return store.close();
        })
        .then(
          () => process.exit(0),
          () => process.exit(1),
        );
    });
    // Web Chat polls over keep-alive connections: close idle ones now, the rest after a grace period.
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 3_000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main();
