import { ActivityHandler, type TurnContext } from 'botbuilder';
import type { InboundMessage, Logger, Output } from '../../src/index.js';
import { toActivities } from './to-activities.js';
import { type InboundActivity, toInbound } from './to-inbound.js';

/** The core, as this adapter uses it. */
export type ScreeningCore = { handle(message: InboundMessage): Promise<Output[]> };

/** The one sentence the adapter itself may say: a neutral apology when a turn fails. */
export const APOLOGY = 'Sorry, something went wrong on our side. Please try again in a moment.';

/**
 * The Bot Framework face of the screening: greets on conversationUpdate, answers messages,
 * shows a typing indicator while the core works. Holds no state; every channel gets the same turns.
 */
export class ScreeningBot extends ActivityHandler {
  constructor(
    private readonly core: ScreeningCore,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {
    super();
    this.onMessage(async (context, next) => {
      await this.answer(context);
      await next();
    });
    this.onConversationUpdate(async (context, next) => {
      await this.answer(context);
      await next();
    });
  }

  /** Maps one activity to the core, and the core's outputs back; catches once for this turn. */
  private async answer(context: TurnContext): Promise<void> {
    const message = toInbound(context.activity as InboundActivity, this.now());
    if (!message) return;
    try {
      await context.sendActivity({ type: 'typing' });
      const outputs = await this.core.handle(message);
      await context.sendActivities(toActivities(outputs, context.activity.channelId));
    } catch (error) {
      this.logger.error('botframework.turn-failed', {
        conversationId: message.conversationId,
        error: error instanceof Error ? error.message : String(error),
      });
      await context.sendActivity({ type: 'message', text: APOLOGY });
    }
  }
}
