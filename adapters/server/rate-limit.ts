import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from '../../src/index.js';

/** A limiter's answer: go ahead, or wait this many seconds (`first`: the key's first refusal in a row). */
export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number; first: boolean };

/** Token buckets per key (a conversation, a client address): `perMinute` a minute, bursts up to `perMinute`. */
export interface RateLimiter {
  /** Spends one token of `key`'s bucket, or says how long until one is back. */
  take(key: string): RateDecision;
  /** How many keys are tracked (bounded by `maxKeys`). */
  size(): number;
}

type Bucket = { tokens: number; at: number; refused: boolean };

/**
 * Creates a limiter. Memory stays bounded whatever the keys: buckets that have refilled are dropped
 * when the map grows past `maxKeys`, and the oldest ones after that, so a flood of made-up keys cannot
 * grow it (a dropped bucket only forgives its key a little).
 */
export function createRateLimiter(options: { perMinute: number; maxKeys?: number; now?: () => number }): RateLimiter {
  const { perMinute } = options;
  const maxKeys = options.maxKeys ?? 10_000;
  const now = options.now ?? Date.now;
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, Bucket>();

  const refilled = (bucket: Bucket, at: number): number =>
    Math.min(perMinute, bucket.tokens + (at - bucket.at) * perMs);

  const makeRoom = (at: number): void => {
    for (const [key, bucket] of buckets) if (refilled(bucket, at) >= perMinute) buckets.delete(key);
    for (const key of buckets.keys()) {
      if (buckets.size < maxKeys) break;
      buckets.delete(key);
    }
  };

  return {
    take(key) {
      const at = now();
      const bucket = buckets.get(key);
      if (!bucket && buckets.size >= maxKeys) makeRoom(at);
      const tokens = bucket ? refilled(bucket, at) : perMinute;
      if (bucket && tokens < 1) {
        const first = !bucket.refused;
        Object.assign(bucket, { tokens, at, refused: true });
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)), first };
      }
      // Re-inserted so the map's order is least recently used first, for makeRoom.
      buckets.delete(key);
      buckets.set(key, { tokens: tokens - 1, at, refused: false });
      return { ok: true };
    },
    size: () => buckets.size,
  };
}

/**
 * Middleware: answers 429 with Retry-After when `keyOf`'s bucket is empty. A request `keyOf` maps to
 * undefined is not limited here.
 */
export function limitRate(
  limiter: RateLimiter,
  keyOf: (req: Request, res: Response) => string | undefined,
  logger: Logger,
  scope: string,
): RequestHandler {
  return (req, res, next) => {
    const key = keyOf(req, res);
    const decision = key === undefined ? { ok: true as const } : limiter.take(key);
    if (decision.ok) {
      next();
      return;
    }
    // One line per run of refusals: a flood must not become a flood of log lines.
    if (decision.first) logger.warn('http.rate-limited', { scope, retryAfter: decision.retryAfterSeconds });
    res
      .status(429)
      .set('retry-after', String(decision.retryAfterSeconds))
      .json({ error: 'too-many-requests', retryAfterSeconds: decision.retryAfterSeconds });
  };
}

/** The client's address as this process sees it (`req.ip`: the socket's peer unless `trust proxy` is set). */
export function clientAddress(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}
