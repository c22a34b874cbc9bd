import { createHmac, timingSafeEqual } from 'node:crypto';
import { parse as parseQuery } from 'node:querystring';
import type { Request, RequestHandler } from 'express';
import { z } from 'zod';
import type { Logger } from '../../src/index.js';
import { CLAIM_ACTION } from '../slack/handoff-blocks.js';
import { SCREEN_COMMAND } from '../slack/listeners.js';
import { CHOICE_ACTION_PREFIX } from '../slack/screening-blocks.js';
import { readRaw, refuse } from './body-guard.js';
import { limitRate, type RateLimiter } from './rate-limit.js';

const slackId = z.string().min(1).max(64);
const ourAction = z
  .string()
  .max(64)
  .refine((actionId) => actionId === CLAIM_ACTION || actionId.startsWith(CHOICE_ACTION_PREFIX));

const eventSchema = z.looseObject({
  type: z.literal('event_callback'),
  event_id: z.string().min(1).max(128),
  event: z.looseObject({
    type: z.enum(['message', 'app_mention', 'app_home_opened']),
    channel: slackId.optional(),
    user: slackId.optional(),
    text: z.string().max(100_000).optional(),
  }),
});
const commandSchema = z.looseObject({ command: z.literal(SCREEN_COMMAND), channel_id: slackId, user_id: slackId });
const actionsSchema = z.looseObject({
  type: z.literal('block_actions'),
  user: z.looseObject({ id: slackId }),
  actions: z
    .array(z.looseObject({ action_id: ourAction }))
    .min(1)
    .max(5),
  channel: z.looseObject({ id: slackId }).optional(),
});

/** The Slack payloads this app subscribes to (see manifest.yml); Bolt gets nothing else. */
export const slackPayloadSchema = z.union([
  z.looseObject({ type: z.literal('url_verification'), challenge: z.string().min(1).max(512) }),
  z.looseObject({ ssl_check: z.literal('1') }),
  eventSchema,
  commandSchema,
  actionsSchema,
]);

/** Pure: the body as Bolt will read it: a form (its `payload` field as JSON when present), else JSON. */
export function parseSlackBody(raw: string, contentType: string | undefined): unknown {
  // Bolt compares the content type exactly; so do we, so both read the same thing.
  if (contentType === 'application/x-www-form-urlencoded') {
    const form = parseQuery(raw);
    return typeof form.payload === 'string' ? JSON.parse(form.payload) : { ...form };
  }
  return JSON.parse(raw);
}

const MAX_AGE_SECONDS = 5 * 60; // Slack's own replay window, as Bolt applies it

/** Pure: whether `raw` carries Slack's v0 signature by `secret`, made within five minutes of `nowSeconds`. */
export function isSignedBySlack(
  raw: Buffer,
  headers: { timestamp: unknown; signature: unknown },
  secret: string,
  nowSeconds: number,
): boolean {
  const { timestamp, signature } = headers;
  if (typeof timestamp !== 'string' || typeof signature !== 'string' || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_AGE_SECONDS) return false;
  const hmac = createHmac('sha256', secret).update(`v0:${timestamp}:`).update(raw);
  const expected = Buffer.from(`v0=${hmac.digest('hex')}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Pure: which conversation a payload belongs to, for the per-conversation rate limit. */
function conversationOf(payload: unknown): string | undefined {
  const event = eventSchema.safeParse(payload);
  if (event.success) return `slack:${event.data.event.channel ?? event.data.event.user ?? ''}`;
  const command = commandSchema.safeParse(payload);
  if (command.success) return `slack:${command.data.channel_id}`;
  const actions = actionsSchema.safeParse(payload);
  if (actions.success) return `slack:${actions.data.channel?.id ?? actions.data.user.id}`;
  return undefined;
}

/**
 * Before Bolt's receiver (which must get the raw body for its signature check): reads the body once
 * within a limit, checks Slack's signature, hands Bolt the same bytes as `rawBody`, refuses what this app
 * never subscribed to (Bolt would leave it unanswered for 3 s), and rate limits each conversation.
 */
export function slackGuard(deps: {
  logger: Logger;
  perConversation: RateLimiter;
  signingSecret: string;
  now?: () => number;
}): RequestHandler[] {
  const { logger } = deps;
  const now = deps.now ?? Date.now;
  const scope = 'slack';
  const check: RequestHandler = (req, res, next) => {
    if (req.method !== 'POST') {
      next();
      return;
    }
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const headers = {
      timestamp: req.headers['x-slack-request-timestamp'],
      signature: req.headers['x-slack-signature'],
    };
    // Checked here too (Bolt checks again): an unsigned request must not spend a real conversation's budget.
    if (!isSignedBySlack(raw, headers, deps.signingSecret, Math.floor(now() / 1000))) {
      refuse(req, res, logger, { status: 401, code: 'bad-signature', scope });
      return;
    }
    let payload: unknown;
    try {
      payload = parseSlackBody(raw.toString('utf8'), req.headers['content-type']);
    } catch {
      refuse(req, res, logger, { status: 400, code: 'malformed-body', scope });
      return;
    }
    const parsed = slackPayloadSchema.safeParse(payload);
    if (!parsed.success) {
      refuse(req, res, logger, { status: 400, code: 'unknown-payload', scope });
      return;
    }
    (req as Request & { rawBody?: Buffer }).rawBody = raw;
    res.locals.rateKey = conversationOf(parsed.data);
    next();
  };
  const limit = limitRate(
    deps.perConversation,
    (_req, res) => (typeof res.locals.rateKey === 'string' ? res.locals.rateKey : undefined),
    logger,
    'slack-conversation',
  );
  return [readRaw('512kb', logger, scope), check, limit];
}
