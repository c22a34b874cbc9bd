import express, { type Express, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { Logger } from '../../src/index.js';
import { type SecurityHeaderOptions, securityHeaders } from './security-headers.js';

/** Lets the firm's own site (another origin) call the token endpoint and the local Direct Line. */
export const allowCrossOrigin: RequestHandler = (req, res, next) => {
  res.set({
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': 'authorization, content-type, x-ms-bot-agent',
    'access-control-max-age': '600',
  });
  if (req.method === 'OPTIONS') res.status(204).end();
  else next();
};

/** The bare server: security headers and `GET /healthz`. Adapters mount on it; `finishServerApp` closes it. */
export function createServerApp(headers: SecurityHeaderOptions = {}, trustProxy?: number | string): Express {
  const app = express();
  app.disable('x-powered-by');
  // Behind a reverse proxy, the client's address (rate limits, logs) comes from X-Forwarded-For, trusted
  // only from the proxies named (TRUST_PROXY); without it every client would share the proxy's address.
  if (trustProxy !== undefined) app.set('trust proxy', trustProxy);
  app.use(securityHeaders(headers));
  app.get('/healthz', (_req, res) => {
    res.set('cache-control', 'no-store').json({ status: 'ok' });
  });
  return app;
}

/** Adds the fallbacks every route shares: a JSON 404 and one last catch that never shows a stack trace. */
export function finishServerApp(app: Express, logger: Logger): void {
  app.use((req, res) => {
    logger.info('http.not-found', { method: req.method });
    res.status(404).json({ error: 'not-found' });
  });
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : 500;
    if (status >= 500) logger.error('http.failed', { error: error instanceof Error ? error.message : String(error) });
    else logger.warn('http.refused', { scope: 'router', status, method: req.method });
    if (!res.headersSent) res.status(status >= 400 && status < 600 ? status : 500).json({ error: 'request-failed' });
  });
}

/** Pure: how this process reaches itself; a wildcard bind is reached on loopback. */
export function selfOrigin(host: string, port: number): string {
  const wildcard = host === '0.0.0.0' || host === '::' || host === '';
  const name = wildcard ? '127.0.0.1' : host;
  return `http://${name.includes(':') ? `[${name}]` : name}:${port}`;
}
