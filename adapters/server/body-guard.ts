import express, { type Request, type RequestHandler, type Response } from 'express';
import type { Logger } from '../../src/index.js';

/** Answers a refused request: a 4xx with a fixed error code, and one log line (ids and codes only). */
export function refuse(
  req: Request,
  res: Response,
  logger: Logger,
  refusal: { status: number; code: string; scope: string },
): void {
  logger.warn('http.refused', { scope: refusal.scope, status: refusal.status, code: refusal.code, method: req.method });
  if (!res.headersSent) res.status(refusal.status).json({ error: refusal.code });
}

/** Pure: whether the request carries a body (a length above zero or a chunked one). */
export function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

type ParserError = { status?: unknown; type?: unknown };

function statusOf(error: unknown): { status: number; code: string } {
  const { status, type } = (typeof error === 'object' && error !== null ? error : {}) as ParserError;
  if (status === 413) return { status: 413, code: 'body-too-large' };
  if (status === 415) return { status: 415, code: 'unsupported-encoding' };
  if (type === 'charset.unsupported') return { status: 415, code: 'unsupported-charset' };
  return { status: 400, code: 'malformed-body' };
}

/** Wraps a body parser so its failures (malformed JSON, too large, bad encoding) are refused here, with a log line. */
function guarded(parser: RequestHandler, logger: Logger, scope: string): RequestHandler {
  return (req, res, next) => {
    parser(req, res, (error?: unknown) => {
      if (error === undefined || error === null) next();
      else refuse(req, res, logger, { ...statusOf(error), scope });
    });
  };
}

/**
 * Reads a JSON body up to `limit`; any other content type with a body is refused (415), so no body
 * reaches a route unread and unchecked. Bodiless requests pass with `req.body` undefined.
 */
export function readJson(limit: string, logger: Logger, scope: string): RequestHandler {
  const parse = guarded(express.json({ limit, strict: true }), logger, scope);
  return (req, res, next) => {
    if (!hasBody(req) || req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') {
      next();
      return;
    }
    if (!req.is('application/json')) {
      refuse(req, res, logger, { status: 415, code: 'json-only', scope });
      return;
    }
    parse(req, res, next);
  };
}

/** Reads any body as bytes up to `limit` into `req.body` (a Buffer), refusing what is too large. */
export function readRaw(limit: string, logger: Logger, scope: string): RequestHandler {
  return guarded(express.raw({ limit, type: () => true }), logger, scope);
}
