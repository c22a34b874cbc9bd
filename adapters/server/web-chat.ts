import type { Express } from 'express';
import type { Config, DirectLineStore, Logger } from '../../src/index.js';
import { createBotFrameworkEndpoint } from '../botframework/bot-endpoint.js';
import { LocalDirectLine } from '../botframework/direct-line/local-direct-line.js';
import { createTokenEndpoint, type TokenSource } from '../botframework/direct-line/token-endpoint.js';
import type { ScreeningCore } from '../botframework/screening-bot.js';
import { allowCrossOrigin } from './app.js';
import { createWebRouter } from './web-routes.js';

/** The settings the website chat reads. */
export type WebChatSettings = Pick<
  Config,
  | 'microsoftAppId'
  | 'microsoftAppPassword'
  | 'microsoftAppType'
  | 'microsoftAppTenantId'
  | 'directLineSecret'
  | 'directLineDomain'
>;

/** Which Direct Line the widget talks to. */
export type DirectLineMode = 'azure' | 'local' | 'none';

/** Pure: Azure's when a secret is set; the local stand-in when the bot is open; none otherwise. */
export function directLineModeOf(settings: WebChatSettings): DirectLineMode {
  if (settings.directLineSecret) return 'azure';
  // The stand-in posts to the bot unauthenticated, which a bot with an app id rightly refuses.
  return settings.microsoftAppId ? 'none' : 'local';
}

/**
 * Mounts the website chat: the page and widget, the bot at `POST /api/messages`, the token endpoint
 * `POST /api/directline/token` and, without a Direct Line secret, the local Direct Line at `/v3/directline`.
 * `origin` is this server's own address, known once it listens.
 */
export function mountWebChat(
  app: Express,
  deps: {
    core: ScreeningCore;
    logger: Logger;
    settings: WebChatSettings;
    origin: () => string;
    /** Keeps the local Direct Line's conversations and tokens; in memory when not given. */
    directLineStore?: DirectLineStore;
  },
): DirectLineMode {
  const { core, logger, settings } = deps;
  const mode = directLineModeOf(settings);
  app.post(
    '/api/messages',
    ...createBotFrameworkEndpoint(
      {
        appId: settings.microsoftAppId,
        appPassword: settings.microsoftAppPassword,
        appType: settings.microsoftAppType,
        appTenantId: settings.microsoftAppTenantId,
      },
      core,
      logger,
    ),
  );
  let source: TokenSource | undefined;
  if (mode === 'azure' && settings.directLineSecret) {
    source = { kind: 'azure', secret: settings.directLineSecret, domain: settings.directLineDomain };
  } else if (mode === 'local') {
    const local = new LocalDirectLine({
      origin: deps.origin,
      logger,
      ...(deps.directLineStore ? { store: deps.directLineStore } : {}),
    });
    app.use('/v3/directline', allowCrossOrigin, local.router());
    source = { kind: 'local', generate: () => local.generateToken() };
  } else {
    logger.warn('webchat.no-direct-line', { reason: 'MicrosoftAppId is set without DIRECT_LINE_SECRET' });
  }
  app.use('/api/directline/token', allowCrossOrigin);
  if (source) app.post('/api/directline/token', createTokenEndpoint(source, logger));
  app.use(
    createWebRouter({
      localDirectLine: mode === 'local',
      directLineDomain: mode === 'azure' ? settings.directLineDomain : undefined,
    }),
  );
  return mode;
}
