import type { webApi } from '@slack/bolt';
import { slackLabels } from '../../dialogs/slack-labels.js';
import type { InboundMessage, Logger, Output, ReplyOutbox, SessionStore } from '../../src/index.js';
import type { SlackMessage } from './handoff-blocks.js';
import { type MessageRef, slackErrorCode } from './handoff-notifier.js';
import { conversationIdFor, type SlackTarget, type SlackTurn, targetOf } from './inbound.js';
import { fill } from './mrkdwn.js';
import { createSlackReplies, within } from './replies.js';
import { renderOutput } from './screening-blocks.js';

/** The part of the core this adapter drives. */
export type ScreeningCore = { handle(message: InboundMessage): Promise<Output[]> };

export type SlackScreeningDeps = {
  assistant: ScreeningCore;
  client: webApi.WebClient;
  logger: Logger;
  now: () => number;
  /** Deliveries answered before (survives restarts); the core dedupes state, this avoids posting twice. */
  deliveries?: Pick<SessionStore, 'findDelivery'> | undefined;
  /** Keeps each turn's replies until Slack took them, so a crash or an outage loses none. */
  outbox?: ReplyOutbox | undefined;
};

/**
 * How long a listener waits for a turn's replies to be posted before Slack gets its answer (it wants one
 * within 3 s). The turn is committed by then; replies still on their way are posted after, or by the sweep.
 */
export const ANSWER_WITHIN_MS = 2_000;

const SEEN_LIMIT = 5_000;

/** Staff's side of Slack: runs screening turns through the core and posts each output in the DM or thread. */
export function createSlackScreening(deps: SlackScreeningDeps) {
  const { client, logger } = deps;
  const seen = new Set<string>(); // deliveries taken by this process, oldest first

  async function post(target: SlackTarget, message: SlackMessage): Promise<MessageRef> {
    const { blocks, ...rest } = message;
    const args = { channel: target.channel, ...rest, ...(blocks.length ? { blocks } : {}), unfurl_links: false };
    const result = await client.chat.postMessage(target.threadTs ? { ...args, thread_ts: target.threadTs } : args);
    return { channel: target.channel, ts: String(result.ts) };
  }

  const replies = createSlackReplies({
    outbox: deps.outbox,
    logger,
    now: deps.now,
    post: async (conversationId, output) => {
      const target = targetOf(conversationId);
      if (!target) throw new Error('not_a_slack_conversation');
      await post(target, renderOutput(output));
    },
  });

  /** True the first time this process sees a delivery (Slack retries an event it thinks we missed). */
  async function isFirstDelivery(deliveryId: string): Promise<boolean> {
    if (seen.has(deliveryId)) return false;
    seen.add(deliveryId);
    if (seen.size > SEEN_LIMIT) seen.delete(seen.values().next().value as string);
    return true;
  }

  /** True the first time a delivery is seen, here or (durably) by the core before a restart. */
  async function isNew(turn: SlackTurn): Promise<boolean> {
    if (!(await isFirstDelivery(turn.deliveryId))) return false;
    return (await deps.deliveries?.findDelivery(turn.conversationId, turn.deliveryId)) === undefined;
  }

  /**
   * Runs one turn (committed with its replies in the outbox), then shows the replies in order, waiting for
   * them at most ANSWER_WITHIN_MS. A failure of the core is logged and answered with a neutral apology.
   */
  async function runTurn(turn: SlackTurn): Promise<void> {
    if (!(await isNew(turn))) {
      logger.info('slack.delivery-repeated', { conversationId: turn.conversationId });
      return;
    }
    const message: InboundMessage = {
      conversationId: turn.conversationId,
      channel: 'slack',
      input: turn.input,
      at: deps.now(),
      user: turn.userName ? { id: turn.userId, name: turn.userName } : { id: turn.userId },
      deliveryId: turn.deliveryId,
      ...(deps.outbox ? { confirmShown: true } : {}),
    };
    let outputs: Output[];
    try {
      outputs = await deps.assistant.handle(message);
    } catch (error) {
      seen.delete(turn.deliveryId);
      logger.error('slack.turn-failed', { conversationId: turn.conversationId, error: slackErrorCode(error) });
      // Best effort: Slack itself may be what failed, and that is logged above.
      const apology = post(turn.target, { text: slackLabels.screening.apology, blocks: [] });
      await within(
        ANSWER_WITHIN_MS,
        apology.catch(() => undefined),
      );
      return;
    }
    await within(ANSWER_WITHIN_MS, replies.show(turn.conversationId, turn.deliveryId, outputs));
  }

  /**
   * Starts a screening in a new thread under a root message the bot posts in `channel`; returns
   * false when the bot cannot post there (not a member).
   */
  async function startThread(channel: string, userId: string, userName?: string): Promise<boolean> {
    let root: MessageRef;
    try {
      const text = fill(slackLabels.screening.startedBy, { user: `<@${userId}>` });
      root = await post({ channel }, { text, blocks: [] });
    } catch (error) {
      logger.warn('slack.start-failed', { channel, error: slackErrorCode(error) });
      return false;
    }
    const target: SlackTarget = { channel, threadTs: root.ts };
    const turn: SlackTurn = {
      conversationId: conversationIdFor(target),
      target,
      input: { kind: 'start' },
      userId,
      deliveryId: `slack-start:${channel}:${root.ts}`,
    };
    if (userName) turn.userName = userName;
    await runTurn(turn);
    return true;
  }

  return { runTurn, startThread, isFirstDelivery, post, sweep: replies.sweep };
}

/** The staff side of the Slack adapter. */
export type SlackScreening = ReturnType<typeof createSlackScreening>;
