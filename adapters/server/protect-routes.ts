import type { Express, Request } from 'express';
import type { Config, Logger } from '../../src/index.js';
import { AZURE_DIRECT_LINE } from '../botframework/direct-line/token-endpoint.js';
import { SLACK_EVENTS_PATH } from '../slack/index.js';
import { botEndpointGuard, directLineGuard, tokenRequestGuard } from './activity-guards.js';
import { clientAddress, createRateLimiter, limitRate } from './rate-limit.js';
import { directLineSources, type SecurityHeaderOptions } from './security-headers.js';
import { slackGuard } from './slack-guard.js';
import { directLineModeOf, type WebChatSettings } from './web-chat.js';

/** The settings the guards read. */
export type ProtectionSettings = Pick<Config, 'rateLimitPerMinute' | 'microsoftAppId' | 'slackSigningSecret'>;

/** How many requests one address may make for each message a conversation may send: a page load, polling. */
export const ADDRESS_FACTOR = 20;

/**
 * Paths not limited per address: their callers are services speaking for many people (Azure Bot
 * Service, Slack), this host itself (the local Direct Line and the bot's replies), or monitors. They
 * are limited per conversation instead.
 */
function isService(path: string): boolean {
  return (
    path === '/api/messages' ||
    path === '/healthz' ||
    path === SLACK_EVENTS_PATH ||
    path.startsWith(`${SLACK_EVENTS_PATH}/`) ||
    path.startsWith('/v3/directline/connector/')
  );
}

/**
 * Mounts the guards in front of every route; call it before the adapters mount theirs. Each body is
 * read once, within a per-route limit, and checked against a schema; refusals are 4xx with a log line.
 * A per-address limit keeps one client from starving others; a per-conversation one (RATE_LIMIT_PER_MINUTE
 * messages a minute) keeps one conversation from flooding the core.
 */
export function protectRoutes(app: Express, deps: { settings: ProtectionSettings; logger: Logger }): void {
  const { settings, logger } = deps;
  const perMinute = settings.rateLimitPerMinute;
  const perAddress = createRateLimiter({ perMinute: perMinute * ADDRESS_FACTOR });
  const perConversation = createRateLimiter({ perMinute });
  const byAddress = (req: Request) => (isService(req.path) ? undefined : clientAddress(req));
  app.use(limitRate(perAddress, byAddress, logger, 'address'));
  app.use('/api/directline/token', ...tokenRequestGuard(logger));
  app.use('/v3/directline', ...directLineGuard({ logger, perConversation }));
  app.use(
    '/api/messages',
    ...botEndpointGuard({ logger, perConversation, open: settings.microsoftAppId === undefined }),
  );
  if (settings.slackSigningSecret) {
    app.use(SLACK_EVENTS_PATH, ...slackGuard({ logger, perConversation, signingSecret: settings.slackSigningSecret }));
  }
}

/** Pure: the header options for these settings: Azure's Direct Line may be reached when it is used; HSTS behind HTTPS. */
export function securityHeaderOptionsFor(settings: WebChatSettings & Pick<Config, 'publicUrl'>): SecurityHeaderOptions {
  const azure = directLineModeOf(settings) === 'azure';
  return {
    connectSources: azure ? directLineSources(settings.directLineDomain ?? AZURE_DIRECT_LINE) : [],
    hsts: settings.publicUrl?.startsWith('https:') ?? false,
  };
}
