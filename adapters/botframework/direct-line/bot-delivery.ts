import type { Logger } from '../../../src/index.js';
import type { LocalConversations, StreamActivity } from './local-conversations.js';
import { LOCAL_BOT } from './local-conversations.js';

/** Where the bot is and where it should reply, from this process; `origin` is known once the server listens. */
export type BotDeliveryOptions = {
  origin: () => string;
  botPath: string;
  connectorPath: string;
  logger: Logger;
  timeoutMs: number;
};

/** Pure: a visitor's activity as the bot receives it from this channel. */
function addressed(activity: Record<string, unknown>, conversationId: string): Record<string, unknown> {
  return { ...activity, channelId: 'directline', conversation: { id: conversationId }, recipient: LOCAL_BOT };
}

/**
 * Hands the visitors' activities to the bot: one at a time per conversation, in stream order, and each
 * recorded as delivered or failed. An activity a crash left unconfirmed is delivered again (same id, so the
 * bot answers it once) before anything newer, as soon as the conversation is used after a restart.
 */
export class BotDelivery {
  private readonly lanes = new Map<string, Promise<unknown>>();
  private readonly resumed = new Set<string>();
  private readonly delivering = new Map<string, string>(); // conversation -> the activity the bot is answering

  constructor(
    private readonly conversations: LocalConversations,
    private readonly options: BotDeliveryOptions,
  ) {}

  /** The activity the bot is answering in a conversation right now, if any. */
  answering(conversationId: string): string | undefined {
    return this.delivering.get(conversationId);
  }

  /** Runs `task` after every earlier task of the conversation: the bot sees one activity at a time, in order. */
  private inLane<T>(conversationId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.lanes.get(conversationId) ?? Promise.resolve();
    const next = previous.then(task, task);
    this.lanes.set(conversationId, next);
    void next
      .finally(() => {
        if (this.lanes.get(conversationId) === next) this.lanes.delete(conversationId);
      })
      .catch(() => undefined);
    return next;
  }

  /** Once per conversation and process, first in its lane: delivers what a crash left unconfirmed. */
  private async resumeFirst(conversationId: string): Promise<void> {
    if (this.resumed.has(conversationId)) return;
    this.resumed.add(conversationId);
    for (const activity of this.conversations.unsettled(conversationId)) {
      this.options.logger.info('directline.redeliver', { conversationId: `web:${conversationId}` });
      await this.postToBot(conversationId, activity);
    }
  }

  /** A poll or reconnect after a restart: the visitor may be waiting for an answer that never came. */
  resumeSoon(conversationId: string): void {
    if (!this.resumed.has(conversationId)) void this.inLane(conversationId, () => this.resumeFirst(conversationId));
  }

  /**
   * Adds the visitor's activity to the stream (or finds the one sent before under `key`) and has the bot
   * take it, in the conversation's lane; the id, or undefined when the bot did not accept it.
   */
  send(conversationId: string, activity: Record<string, unknown>, key?: string): Promise<string | undefined> {
    return this.inLane(conversationId, async () => {
      await this.resumeFirst(conversationId);
      const appended = this.conversations.append(conversationId, addressed(activity, conversationId), {
        key,
        toBot: true,
      });
      if (!appended) return undefined;
      if (appended.delivery === 'delivered') return appended.activity.id;
      return (await this.postToBot(conversationId, appended.activity)) ? appended.activity.id : undefined;
    });
  }

  /** Posts one stream activity to the bot and records the answer; true when the bot accepted it. */
  private async postToBot(conversationId: string, activity: StreamActivity): Promise<boolean> {
    const origin = this.options.origin();
    // The address of this process now: after a restart it may listen elsewhere than when the activity arrived.
    const serviceUrl = `${origin}${this.options.connectorPath}`;
    let accepted = false;
    this.delivering.set(conversationId, activity.id);
    try {
      const answer = await fetch(`${origin}${this.options.botPath}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...addressed(activity, conversationId), serviceUrl }),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      accepted = answer.ok;
      if (!accepted) this.options.logger.warn('directline.bot-refused', { status: answer.status });
    } catch (error) {
      this.options.logger.error('directline.bot-unreachable', { error: error instanceof Error ? error.message : '' });
    } finally {
      this.delivering.delete(conversationId);
    }
    this.conversations.settle(conversationId, activity.id, accepted ? 'delivered' : 'failed');
    return accepted;
  }
}
