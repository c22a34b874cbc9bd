import { createHash } from 'node:crypto';
import express, { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import type { DirectLineStore, Logger } from '../../../src/index.js';
import { BotDelivery } from './bot-delivery.js';
import { type DirectLineToken, LOCAL_BOT, LocalConversations } from './local-conversations.js';

/** Where the stand-in finds the bot and where the bot finds the stand-in; known once the server listens. */
export type LocalDirectLineOptions = {
  origin: () => string; // e.g. http://127.0.0.1:3978, reachable from this process
  botPath?: string; // default /api/messages
  mountPath?: string; // default /v3/directline
  logger: Logger;
  now?: () => number;
  /** Where conversations, streams and tokens live; in memory unless given (the server gives SQLite). */
  store?: DirectLineStore;
  /** How long the bot may take over one activity. */
  botTimeoutMs?: number;
};

export { LOCAL_BOT };

const activityBodySchema = z.looseObject({ type: z.string().min(1) });
const fromSchema = z.looseObject({ name: z.string().optional() });
const startBodySchema = z.object({ user: z.object({ id: z.string().optional() }).optional() }).optional();
const clientIdSchema = z.looseObject({ clientActivityID: z.string().min(1).max(128) });
// What makes two bot replies to one activity the same reply, whatever id or time they were sent with.
const VOLATILE_REPLY_FIELDS = new Set(['id', 'timestamp', 'localTimestamp']);

function conversationIdOf(req: Request): string | undefined {
  const id = req.params.conversationId;
  return typeof id === 'string' ? id : undefined;
}

function bearerOf(req: Request): string | undefined {
  const header = req.get('authorization') ?? '';
  return header.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
}

/** Pure: the client's own id for what it sent, so a client's retry of one POST is taken once. */
function clientKeyOf(body: Record<string, unknown>): string | undefined {
  const parsed = clientIdSchema.safeParse(body.channelData);
  return parsed.success ? `client:${parsed.data.clientActivityID}` : undefined;
}

/** Pure: a bot reply's key: a reply sent again for the same activity (a redelivery) joins the stream once. */
function replyKeyOf(body: Record<string, unknown>, replyTo: string | undefined): string | undefined {
  if (replyTo === undefined) return undefined;
  const content = Object.entries(body).filter(([k]) => !VOLATILE_REPLY_FIELDS.has(k));
  return `reply:${replyTo}:${createHash('sha256').update(JSON.stringify(content)).digest('base64url')}`;
}

/**
 * A small, local stand-in for Azure Bot Service's Direct Line 3.0, used when no DIRECT_LINE_SECRET is set:
 * tokens, start/reconnect, post and poll by watermark, plus the connector paths the bot replies to
 * (the conversation's serviceUrl). No websockets: clients poll. The bot cannot tell it from the real one.
 * With a persistent store an open Web Chat carries on across a restart (see BotDelivery).
 */
export class LocalDirectLine {
  readonly conversations: LocalConversations;
  private readonly delivery: BotDelivery;

  constructor(options: LocalDirectLineOptions) {
    this.conversations = new LocalConversations(options.store, options.now);
    this.delivery = new BotDelivery(this.conversations, {
      origin: options.origin,
      botPath: options.botPath ?? '/api/messages',
      connectorPath: `${options.mountPath ?? '/v3/directline'}/connector`,
      logger: options.logger,
      timeoutMs: options.botTimeoutMs ?? 60_000,
    });
  }

  /** Opens a conversation and returns Direct Line's token answer for it. */
  generateToken(userId?: string): DirectLineToken {
    return this.conversations.open(userId);
  }

  /** The routes, to mount at `mountPath`. */
  router(): Router {
    const router = Router();
    router.use(express.json({ limit: '64kb' }));
    router.post('/tokens/generate', (req, res) => {
      const body = startBodySchema.safeParse(req.body);
      res.json(this.generateToken(body.success ? body.data?.user?.id : undefined));
    });
    router.post('/tokens/refresh', (req, res) => this.refresh(req, res));
    router.post('/conversations', (req, res) => this.startConversation(req, res));
    router.get('/conversations/:conversationId', (req, res) => this.reconnect(req, res));
    router.post('/conversations/:conversationId/activities', (req, res) => this.postActivity(req, res));
    router.get('/conversations/:conversationId/activities', (req, res) => this.getActivities(req, res));
    router.post('/connector/v3/conversations/:conversationId/activities{/:replyToId}', (req, res) =>
      this.takeBotReply(req, res),
    );
    return router;
  }

  /** The conversation the request's token grants, after answering 403 itself when there is none. */
  private authorize(req: Request, res: Response, conversationId?: string): string | undefined {
    const token = bearerOf(req);
    const granted = token ? this.conversations.conversationOf(token) : undefined;
    if (!granted || (conversationId !== undefined && granted !== conversationId)) {
      res.status(403).json({ error: { code: 'TokenExpired', message: 'Token not valid for this conversation' } });
      return undefined;
    }
    return granted;
  }

  private refresh(req: Request, res: Response): void {
    const conversationId = this.authorize(req, res);
    if (conversationId) res.json(this.conversations.grant(conversationId));
  }

  private async startConversation(req: Request, res: Response): Promise<void> {
    const opened = bearerOf(req) ? undefined : this.generateToken();
    const conversationId = opened?.conversationId ?? this.authorize(req, res);
    if (!conversationId) return;
    const answer = opened ?? { ...this.conversations.grant(conversationId) };
    // Deliver the welcome before answering, or Web Chat shows it late. Keyed, so it is greeted once.
    const user = { id: this.conversations.userOf(conversationId) ?? 'visitor', role: 'user' };
    const welcome = { type: 'conversationUpdate', membersAdded: [LOCAL_BOT, user], from: user };
    await this.delivery.send(conversationId, welcome, 'conversation-start');
    res.status(201).json(answer);
  }

  private reconnect(req: Request, res: Response): void {
    const conversationId = this.authorize(req, res, conversationIdOf(req));
    if (!conversationId) return;
    this.delivery.resumeSoon(conversationId);
    res.json(this.conversations.grant(conversationId));
  }

  private async postActivity(req: Request, res: Response): Promise<void> {
    const conversationId = this.authorize(req, res, conversationIdOf(req));
    if (!conversationId) return;
    const body = activityBodySchema.safeParse(req.body);
    if (!body.success) {
      res.status(400).json({ error: { code: 'BadArgument', message: 'Activity needs a type' } });
      return;
    }
    const sentFrom = fromSchema.safeParse(body.data.from);
    const from = {
      role: 'user',
      ...(sentFrom.success ? sentFrom.data : {}),
      id: this.conversations.userOf(conversationId),
    };
    // Echoed into the stream too: Web Chat marks a message it never sees again as "Send failed".
    const delivered = await this.delivery.send(conversationId, { ...body.data, from }, clientKeyOf(body.data));
    if (!delivered) {
      res.status(502).json({ error: { code: 'BotError', message: 'The bot did not accept the activity' } });
      return;
    }
    res.json({ id: delivered });
  }

  private getActivities(req: Request, res: Response): void {
    const conversationId = this.authorize(req, res, conversationIdOf(req));
    if (!conversationId) return;
    this.delivery.resumeSoon(conversationId);
    const watermark = typeof req.query.watermark === 'string' ? req.query.watermark : undefined;
    const page = this.conversations.read(conversationId, watermark);
    if (!page) res.status(404).json({ error: { code: 'BadArgument', message: 'Conversation not found' } });
    else res.json(page);
  }

  /** The connector side: the bot's replies join the stream. Only this host may speak as the bot. */
  private takeBotReply(req: Request, res: Response): void {
    if (req.socket.remoteAddress !== req.socket.localAddress) {
      res.status(403).json({ error: { code: 'Forbidden', message: 'Local replies only' } });
      return;
    }
    const body = activityBodySchema.safeParse(req.body);
    const conversationId = conversationIdOf(req) ?? '';
    // Bot Framework leaves replyToId off replies to a web conversationUpdate; the lane says what they answer.
    const replyTo =
      typeof body.data?.replyToId === 'string' ? body.data.replyToId : this.delivery.answering(conversationId);
    const stored = body.success
      ? this.conversations.append(
          conversationId,
          { ...body.data, from: LOCAL_BOT },
          { key: replyKeyOf(body.data, replyTo) },
        )
      : undefined;
    if (!stored) res.status(body.success ? 404 : 400).json({ error: { code: 'BadArgument', message: 'Not stored' } });
    else res.json({ id: stored.activity.id });
  }
}
