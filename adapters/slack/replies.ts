import type { Backoff, Logger, Output, ReplyOutbox } from '../../src/index.js';
import { exponentialBackoff } from '../../src/index.js';
import { slackErrorCode } from './handoff-notifier.js';

/** Posts one output of a screening's conversation (the DM or thread its id names). */
export type PostOutput = (conversationId: string, output: Output) => Promise<void>;

export type SlackRepliesDeps = {
  /** Where committed turns keep their outputs until shown; without one, outputs are posted and forgotten. */
  outbox: ReplyOutbox | undefined;
  post: PostOutput;
  logger: Logger;
  now: () => number;
  backoff?: Backoff;
};

/** The conversations of this channel in the store (see conversationIdFor). */
export const SLACK_CONVERSATIONS = 'slack:';

/** Slack's answers that no retry can change: the reply is given up (and logged) rather than tried for ever. */
const PERMANENT = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'invalid_blocks',
  'invalid_metadata_format',
  'msg_too_long',
  'no_permission',
  'restricted_action',
  'thread_locked',
  'invalid_auth',
  'account_inactive',
  'token_revoked',
  'not_a_slack_conversation',
]);

/**
 * The Slack replies of committed turns, shown in order and exactly once per process: `show` after a turn,
 * `sweep` for what a crash (before it was shown) or a Slack outage (while it was) left in the outbox.
 * A conversation's replies go one after the other; after a failure its later ones wait for the sweep,
 * so that nobody sees an answer before the question it follows.
 */
export function createSlackReplies(deps: SlackRepliesDeps) {
  const { outbox, logger } = deps;
  const backoff = deps.backoff ?? exponentialBackoff;
  const chains = new Map<string, Promise<void>>(); // conversation -> its replies being posted
  const taken = new Set<string>(); // deliveries this process is posting
  const blocked = new Set<string>(); // conversations whose earlier reply failed, until the sweep
  const retries = new Map<string, { failures: number; dueAt: number }>(); // delivery -> when to try again

  const keyOf = (conversationId: string, deliveryId: string) => `${conversationId}\u0000${deliveryId}`;

  async function postFrom(conversationId: string, deliveryId: string, outputs: readonly Output[], from: number) {
    const key = keyOf(conversationId, deliveryId);
    for (let i = from; i < outputs.length; i += 1) {
      try {
        await deps.post(conversationId, outputs[i] as Output);
      } catch (error) {
        const code = slackErrorCode(error);
        if (PERMANENT.has(code)) {
          logger.error('slack.reply-given-up', { conversationId, deliveryId, error: code });
          break;
        }
        const failures = (retries.get(key)?.failures ?? 0) + 1;
        retries.set(key, { failures, dueAt: deps.now() + backoff(failures) });
        blocked.add(conversationId);
        logger.warn('slack.reply-failed', { conversationId, deliveryId, error: code, failures });
        return;
      }
      if (i + 1 < outputs.length) await outbox?.markShown(conversationId, deliveryId, i + 1);
    }
    retries.delete(key);
    await outbox?.markShown(conversationId, deliveryId);
  }

  /** Queues a delivery's outputs from `from` on behind the conversation's earlier ones; resolves once handled. */
  function show(conversationId: string, deliveryId: string, outputs: readonly Output[], from = 0): Promise<void> {
    const key = keyOf(conversationId, deliveryId);
    if (taken.has(key)) return chains.get(conversationId) ?? Promise.resolve();
    taken.add(key);
    const previous = chains.get(conversationId) ?? Promise.resolve();
    const next = previous
      .then(() => (blocked.has(conversationId) ? undefined : postFrom(conversationId, deliveryId, outputs, from)))
      .catch((error: unknown) => {
        // The store failing to record progress: the sweep shows the rest, maybe once more.
        logger.error('slack.reply-unrecorded', { conversationId, deliveryId, error: slackErrorCode(error) });
      })
      .finally(() => taken.delete(key));
    chains.set(conversationId, next);
    void next.finally(() => {
      if (chains.get(conversationId) === next) chains.delete(conversationId);
    });
    return next;
  }

  /** Shows, oldest first, the replies the outbox still holds and that are due; returns how many it finished. */
  async function sweep(limit = 100): Promise<number> {
    if (!outbox) return 0;
    const waiting = await outbox.unshownDeliveries(SLACK_CONVERSATIONS, limit);
    const now = deps.now();
    const busy = new Set(chains.keys());
    for (const conversationId of blocked) if (!busy.has(conversationId)) blocked.delete(conversationId);
    const shown: Promise<boolean>[] = [];
    for (const delivery of waiting) {
      const { conversationId, deliveryId } = delivery;
      const retry = retries.get(keyOf(conversationId, deliveryId));
      // A conversation busy posting, or with an earlier reply not due yet, waits for the next sweep.
      if (busy.has(conversationId) || (retry && retry.dueAt > now)) {
        busy.add(conversationId);
        continue;
      }
      const outputs = Array.isArray(delivery.outputs) ? (delivery.outputs as Output[]) : [];
      shown.push(
        show(conversationId, deliveryId, outputs, delivery.shown).then(
          () => !blocked.has(conversationId) && !retries.has(keyOf(conversationId, deliveryId)),
        ),
      );
    }
    return (await Promise.all(shown)).filter(Boolean).length;
  }

  return { show, sweep };
}

/** The Slack replies of committed turns. */
export type SlackReplies = ReturnType<typeof createSlackReplies>;

/** Waits for `work` at most `ms`: Slack wants its answer within 3 s, and the work goes on after. */
export async function within(ms: number, work: Promise<unknown>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const elapsed = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  await Promise.race([
    work.then(
      () => undefined,
      () => undefined,
    ),
    elapsed,
  ]);
  clearTimeout(timer);
}
