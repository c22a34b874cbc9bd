import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { z } from 'zod';
import type { Logger } from '../../../src/index.js';
import type { DirectLineToken } from './local-conversations.js';

/** Azure Bot Service's Direct Line, for production. */
export const AZURE_DIRECT_LINE = 'https://directline.botframework.com/v3/directline';

/** Where tokens come from: Azure (exchanging the secret) or the local stand-in. */
export type TokenSource =
  | { kind: 'azure'; secret: string; domain?: string | undefined; fetch?: typeof fetch }
  | { kind: 'local'; generate: () => DirectLineToken };

const tokenAnswerSchema = z.object({
  conversationId: z.string().min(1),
  token: z.string().min(1),
  expires_in: z.number(),
});

/**
 * Asks Azure's Direct Line for a conversation token. The user id is embedded in the token (the `dl_` prefix
 * marks it as such), so the browser cannot pose as another visitor; the secret never leaves the server.
 */
async function generateAzureToken(source: Extract<TokenSource, { kind: 'azure' }>): Promise<DirectLineToken> {
  const call = source.fetch ?? fetch;
  const answer = await call(`${source.domain ?? AZURE_DIRECT_LINE}/tokens/generate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${source.secret}`, 'content-type': 'application/json' },
    body: JSON.stringify({ user: { id: `dl_${randomUUID()}` } }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!answer.ok) throw new Error(`Direct Line answered ${answer.status}`);
  return tokenAnswerSchema.parse(await answer.json());
}

/** `POST /api/directline/token`: answers `{token, conversationId, expires_in}`, never the secret. */
export function createTokenEndpoint(source: TokenSource, logger: Logger): RequestHandler {
  return async (_req: Request, res: Response): Promise<void> => {
    res.set('cache-control', 'no-store');
    try {
      const token = source.kind === 'local' ? source.generate() : await generateAzureToken(source);
      res.json({ token: token.token, conversationId: token.conversationId, expires_in: token.expires_in });
    } catch (error) {
      logger.error('directline.token-failed', { error: error instanceof Error ? error.message : String(error) });
      res.status(502).json({ error: 'direct-line-unavailable' });
    }
  };
}
