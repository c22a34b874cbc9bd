import { CloudAdapter } from 'botbuilder';
import express, { type Request, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import type { Logger } from '../../src/index.js';
import { ReusedClientsAuthentication } from './reused-clients.js';
import { ScreeningBot, type ScreeningCore } from './screening-bot.js';

/** The standard Bot Framework credentials; all empty runs the bot open, for local use. */
export type BotFrameworkAdapterConfig = {
  appId?: string | undefined;
  appPassword?: string | undefined;
  appType?: string | undefined; // MultiTenant, SingleTenant or UserAssignedMSI
  appTenantId?: string | undefined;
};

// Just enough to hand botbuilder something it will not choke on: a body without `type` makes it reject.
const activityEnvelopeSchema = z.looseObject({ type: z.string().min(1) });

/** Builds botbuilder's CloudAdapter with the standard settings; an empty app id means no authentication. */
function createCloudAdapter(config: BotFrameworkAdapterConfig, logger: Logger): CloudAdapter {
  const auth = new ReusedClientsAuthentication({
    MicrosoftAppId: config.appId ?? '',
    MicrosoftAppPassword: config.appPassword ?? '',
    MicrosoftAppType: config.appType ?? '',
    MicrosoftAppTenantId: config.appTenantId ?? '',
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (_context, error) => {
    logger.error('botframework.turn-error', { error: error.message });
  };
  return adapter;
}

/**
 * The bot's HTTP endpoint (`POST /api/messages`): validates the body, lets botbuilder authenticate and run
 * the turn, and answers every failure without leaking internals.
 */
export function createBotFrameworkEndpoint(
  config: BotFrameworkAdapterConfig,
  core: ScreeningCore,
  logger: Logger,
): RequestHandler[] {
  const adapter = createCloudAdapter(config, logger);
  const bot = new ScreeningBot(core, logger);
  const handle = async (req: Request, res: Response): Promise<void> => {
    if (!activityEnvelopeSchema.safeParse(req.body).success) {
      res.status(400).json({ error: 'not-an-activity' });
      return;
    }
    try {
      await adapter.process(req, res, (context) => bot.run(context));
    } catch (error) {
      logger.error('botframework.request-failed', { error: error instanceof Error ? error.message : String(error) });
      if (!res.headersSent) res.status(500).json({ error: 'internal' });
    }
  };
  return [express.json({ limit: '256kb' }), handle];
}
