import type { Request, RequestHandler } from 'express';
import { z } from 'zod';
import type { Logger } from '../../src/index.js';
import { readJson, readRaw, refuse } from './body-guard.js';
import { limitRate, type RateLimiter } from './rate-limit.js';

const id = (max: number) => z.string().min(1).max(max);
const account = z.looseObject({ id: id(256), name: z.string().max(256).optional() });

/** Activity types a Bot Framework channel sends that the bot may receive; any other is refused. */
export const BOT_ACTIVITY_TYPES = [
  'message',
  'conversationUpdate',
  'typing',
  'endOfConversation',
  'event',
  'installationUpdate',
  'messageReaction',
  'messageUpdate',
  'messageDelete',
  'contactRelationUpdate',
  'deleteUserData',
] as const;

/** The fields of an inbound activity the bot and botbuilder rely on; other fields pass through unread. */
export const botActivitySchema = z.looseObject({
  type: z.enum(BOT_ACTIVITY_TYPES),
  id: id(256).optional(),
  channelId: id(64),
  serviceUrl: z.url({ protocol: /^https?$/ }).max(2048),
  conversation: z.looseObject({ id: id(512), conversationType: z.string().max(64).optional() }),
  from: account.optional(),
  recipient: account.optional(),
  text: z.string().max(200_000).optional(),
  timestamp: z.string().max(64).optional(),
  membersAdded: z.array(account).max(100).optional(),
});

/** What Web Chat posts to the local Direct Line: a message (typed or a button) or an event. */
export const directLineActivitySchema = z.looseObject({
  type: z.enum(['message', 'event']),
  text: z.string().max(10_000).optional(),
  from: z.looseObject({ id: z.string().max(256).optional(), name: z.string().max(256).optional() }).optional(),
  channelData: z.looseObject({ clientActivityID: z.string().max(128).optional() }).optional(),
  locale: z.string().max(32).optional(),
});

/** Bodies of the Direct Line calls that take one (start, token generation): `{ user?: { id? } }` at most. */
const startBodySchema = z.object({ user: z.looseObject({ id: z.string().max(256).optional() }).optional() }).optional();

/** Direct Line conversation ids and watermarks as this server makes them. */
const conversationIdPattern = /^[A-Za-z0-9_.-]{1,128}$/;
const watermarkPattern = /^\d{0,12}$/;

/** Pure: the conversation a Direct Line path names, or undefined for other paths. */
export function directLineConversationOf(path: string): string | undefined {
  return /^\/conversations\/([^/]+)/.exec(path)?.[1];
}

/** Pure: true for `/connector/...`, the bot's replies (this host only; the Direct Line checks that itself). */
const isConnector = (path: string): boolean => path.startsWith('/connector/');

/**
 * Before the local Direct Line (mounted at its path): JSON bodies only, within limits and of the right
 * shape per route, sane ids and watermarks, and each conversation's messages rate limited.
 */
export function directLineGuard(deps: { logger: Logger; perConversation: RateLimiter }): RequestHandler[] {
  const { logger } = deps;
  const scope = 'directline';
  const visitorBody = readJson('64kb', logger, scope);
  const botBody = readJson('1mb', logger, scope);
  const check: RequestHandler = (req, res, next) => {
    const conversationId = directLineConversationOf(req.path);
    if (conversationId !== undefined && !conversationIdPattern.test(conversationId)) {
      refuse(req, res, logger, { status: 400, code: 'bad-conversation-id', scope });
      return;
    }
    const watermark = req.query.watermark;
    if (watermark !== undefined && (typeof watermark !== 'string' || !watermarkPattern.test(watermark))) {
      refuse(req, res, logger, { status: 400, code: 'bad-watermark', scope });
      return;
    }
    if (req.method !== 'POST' || isConnector(req.path)) {
      next();
      return;
    }
    const schema = /^\/conversations\/[^/]+\/activities\/?$/.test(req.path)
      ? directLineActivitySchema
      : startBodySchema;
    if (!schema.safeParse(req.body).success) {
      refuse(req, res, logger, { status: 400, code: 'bad-activity', scope });
      return;
    }
    next();
  };
  const limit = limitRate(
    deps.perConversation,
    (req) => (req.method === 'POST' ? directLineConversationOf(req.path) : undefined),
    logger,
    'directline-conversation',
  );
  return [(req, res, next) => (isConnector(req.path) ? botBody : visitorBody)(req, res, next), check, limit];
}

/** Pure: whether the caller is this host (the local Direct Line, the Emulator on this machine). */
export function isLoopback(req: Request): boolean {
  const address = req.socket.remoteAddress ?? '';
  return (
    address === '127.0.0.1' || address === '::1' || address.startsWith('::ffff:127.') || address.startsWith('127.')
  );
}

/**
 * Before the bot endpoint: a JSON activity of a known type with the fields botbuilder needs, and each
 * conversation's messages rate limited. Without an app id the bot is unauthenticated, so then only
 * this host may call it: otherwise anyone could make it post replies to any `serviceUrl`.
 */
export function botEndpointGuard(deps: {
  logger: Logger;
  perConversation: RateLimiter;
  open: boolean;
}): RequestHandler[] {
  const { logger } = deps;
  const scope = 'bot';
  const local: RequestHandler = (req, res, next) => {
    if (deps.open && !isLoopback(req)) refuse(req, res, logger, { status: 403, code: 'local-only', scope });
    else next();
  };
  const check: RequestHandler = (req, res, next) => {
    const parsed = botActivitySchema.safeParse(req.body);
    if (parsed.success) {
      const { type, channelId, conversation } = parsed.data;
      if (type === 'message') res.locals.rateKey = `bot:${channelId}:${conversation.id}`;
      next();
      return;
    }
    const typed = z.looseObject({ type: z.string() }).safeParse(req.body).success;
    refuse(req, res, logger, { status: 400, code: typed ? 'bad-activity' : 'not-an-activity', scope });
  };
  const limit = limitRate(
    deps.perConversation,
    (_req, res) => (typeof res.locals.rateKey === 'string' ? res.locals.rateKey : undefined),
    logger,
    'bot-conversation',
  );
  return [local, readJson('256kb', logger, scope), check, limit];
}

/** Before `POST /api/directline/token`: no body, or a small JSON object such as `{ user: { id } }` (ignored). */
export function tokenRequestGuard(logger: Logger): RequestHandler[] {
  const scope = 'token';
  const check: RequestHandler = (req, res, next) => {
    if (req.method !== 'POST') {
      next();
      return;
    }
    const raw = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
    let body: unknown;
    try {
      body = raw.trim() === '' ? undefined : JSON.parse(raw);
    } catch {
      refuse(req, res, logger, { status: 400, code: 'malformed-body', scope });
      return;
    }
    if (!startBodySchema.safeParse(body).success) refuse(req, res, logger, { status: 400, code: 'bad-body', scope });
    else next();
  };
  return [readRaw('1kb', logger, scope), check];
}
