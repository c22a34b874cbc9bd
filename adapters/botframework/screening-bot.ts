import { ActivityHandler, type TurnContext } from 'botbuilder';
import type { InboundMessage, Logger, Output } from '../../src/index.js';
import { showTypingWhenSlow, TYPING_AFTER_MS } from './slow-turn-typing.js';
import { toActivities } from './to-activities.js';
import { type InboundActivity, toInbound } from './to-inbound.js';

/** The core, as this adapter uses it. */
export type ScreeningCore = { handle(message: InboundMessage): Promise<Output[]> };

/** The one sentence the adapter itself may say: a neutral apology when a turn fails. */
export const APOLOGY = 'Sorry, something went wrong on our side. Please try again in a moment.';

const ANSWERED_LIMIT = 5_000;

/** Tuning for tests: the clock, and how long a turn runs before a typing indicator is shown. */
export type ScreeningBotOptions = { now?: () => number; typingAfterMs?: number };

/**
 * The Bot Framework face of the screening: greets on conversationUpdate, answers messages, shows a typing
 * indicator when the core is slow to answer. Holds no screening state; every channel gets the same turns.
 * A delivery (same activity id, or a click on the same question) is answered once by this process: a copy
 * arriving meanwhile or later is not answered again. After a restart a redelivery is answered again with
 * the core's first answer, since whether it reached the person before the crash cannot be known.
 */
export class ScreeningBot extends ActivityHandler {
  private readonly answering = new Map<string, Promise<boolean>>(); // delivery -> its answer, sent or not
  private readonly answered = new Set<string>(); // deliveries answered by this process, oldest first

  private readonly now: () => number;
  private readonly typingAfterMs: number;

  constructor(
    private readonly core: ScreeningCore,
    private readonly logger: Logger,
    options: ScreeningBotOptions = {},
  ) {
    super();
    this.now = options.now ?? Date.now;
    this.typingAfterMs = options.typingAfterMs ?? TYPING_AFTER_MS;
    this.onMessage(async (context, next) => {
      await this.answer(context);
      await next();
    });
    this.onConversationUpdate(async (context, next) => {
      await this.answer(context);
      await next();
    });
  }

  /** Answers one activity unless the same delivery is being or has been answered by this process. */
  private async answer(context: TurnContext): Promise<void> {
    const message = toInbound(context.activity as InboundActivity, this.now());
    if (!message) return;
    const key = message.deliveryId ? `${message.conversationId} ${message.deliveryId}` : undefined;
    if (key) {
      const earlier = this.answering.get(key);
      if ((earlier && (await earlier)) || this.answered.has(key)) {
        this.logger.info('botframework.delivery-repeated', { conversationId: message.conversationId });
        return;
      }
    }
    const answering = this.respond(context, message);
    if (!key) {
      await answering;
      return;
    }
    this.answering.set(key, answering);
    try {
      if (!(await answering)) return;
      this.answered.add(key);
      if (this.answered.size > ANSWERED_LIMIT) this.answered.delete(this.answered.values().next().value as string);
    } finally {
      if (this.answering.get(key) === answering) this.answering.delete(key);
    }
  }

  /** Maps one activity to the core, and the core's outputs back; catches once for this turn. True when answered. */
  private async respond(context: TurnContext, message: InboundMessage): Promise<boolean> {
    const typing = showTypingWhenSlow(
      () => context.sendActivity({ type: 'typing' }),
      this.typingAfterMs,
      (error) =>
        this.logger.warn('botframework.typing-failed', {
          conversationId: message.conversationId,
          error: error instanceof Error ? error.message : String(error),
        }),
    );
    try {
      const outputs = await this.core.handle(message);
      await typing.stop();
      await context.sendActivities(toActivities(outputs, context.activity.channelId, context.activity.id));
      return true;
    } catch (error) {
      await typing.stop();
      this.logger.error('botframework.turn-failed', {
        conversationId: message.conversationId,
        error: error instanceof Error ? error.message : String(error),
      });
      await context.sendActivity({ type: 'message', text: APOLOGY });
      return false;
    }
  }
}
