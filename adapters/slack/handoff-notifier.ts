import type { webApi } from '@slack/bolt';
import { slackLabels } from '../../dialogs/slack-labels.js';
import {
  dateIn,
  type HandoffPost,
  type HandoffPosts,
  type HandoffRecord,
  type HandoffStore,
  type HandoffSummary,
  type Logger,
  type Result,
} from '../../src/index.js';
import { type Claim, renderHandoffMessage, type SlackMessage } from './handoff-blocks.js';
import { renderHandoffThread } from './handoff-thread.js';
import { renderHome } from './home-view.js';
import { fill, mentionUser } from './mrkdwn.js';

/** Structurally the delivery worker's HandoffChannel (src/handoff/delivery.ts), which src/index does not export. */
export type SlackHandoffChannel = { name: string; deliver(summary: HandoffSummary): Promise<Result<void, string>> };

/** A posted Slack message. */
export type MessageRef = { channel: string; ts: string };

export type SlackHandoffsDeps = {
  client: webApi.WebClient;
  channel: string | undefined; // SLACK_HANDOFF_CHANNEL; undefined: hand-offs are not posted to Slack
  /** The hand-offs, and the messages posted for each (kept across restarts). */
  store: HandoffStore & HandoffPosts;
  logger: Logger;
  timeZone: string;
  renotifyMinutes: number;
  now: () => number;
};

/** What a Claim click did. */
export type ClaimResult = 'claimed' | 'already-claimed' | 'gone';

const MAX_REMINDERS = 3;
/** Answers to the history check that say it cannot be done here, not that Slack is down. */
const UNCHECKABLE = new Set(['missing_scope', 'not_in_channel', 'channel_not_found', 'not_allowed_token_type']);
const HIGH_RENOTIFY_MINUTES = 60;

/** Pure: Slack's error code (`channel_not_found`, `ratelimited`, ...) or the error's message. */
export function slackErrorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const data = (error as { data?: { error?: unknown } }).data;
    if (typeof data?.error === 'string') return data.error;
    if ('message' in error && typeof error.message === 'string') return error.message;
  }
  return String(error);
}

/** Advisors' side of Slack: posts hand-offs, claims them once, reminds about unclaimed urgent ones, keeps App Home. */
export function createSlackHandoffs(deps: SlackHandoffsDeps) {
  const { client, store, logger } = deps;
  const today = () => dateIn(deps.timeZone, deps.now());

  async function post(channel: string, message: SlackMessage, threadTs?: string): Promise<MessageRef> {
    const args = { channel, ...message, unfurl_links: false, unfurl_media: false };
    const result = await client.chat.postMessage(threadTs ? { ...args, thread_ts: threadTs } : args);
    return { channel, ts: String(result.ts) };
  }

  /** Posts and records a hand-off's message: the record is what a retry, a Claim or a restart goes by. */
  async function postFor(id: string, kind: HandoffPost['kind'], message: SlackMessage, threadTs?: string) {
    const ref = await post(deps.channel as string, message, threadTs);
    await store.addHandoffPost(id, { kind, ...ref, at: deps.now() });
    return ref;
  }

  /**
   * The hand-off's message if Slack took it in an attempt that could not record it (killed just after, or
   * Slack answered after the timeout): found by its metadata in the channel's history. Throws when Slack
   * cannot be asked, so that nothing is posted twice; a missing scope only skips the check.
   */
  async function findUnrecorded(summary: HandoffSummary): Promise<MessageRef | undefined> {
    const channel = deps.channel as string;
    try {
      const oldest = String(Math.floor(Date.parse(summary.createdAt) / 1000) - 60);
      const history = await client.conversations.history({ channel, oldest, limit: 200, include_all_metadata: true });
      const found = history.messages?.find(
        (m) =>
          m.metadata?.event_type === 'tas_handoff' &&
          (m.metadata.event_payload as { id?: unknown } | undefined)?.id === summary.id,
      );
      return found?.ts ? { channel, ts: found.ts } : undefined;
    } catch (error) {
      if (!UNCHECKABLE.has(slackErrorCode(error))) throw error;
      logger.warn('slack.handoff-lookup-skipped', { handoffId: summary.id, error: slackErrorCode(error) });
      return undefined;
    }
  }

  /** How many of the thread's replies are the app's, when an earlier attempt posted some it could not record. */
  async function repliesPosted(main: MessageRef, recorded: number): Promise<number> {
    const thread = await client.conversations.replies({ channel: main.channel, ts: main.ts, limit: 200 });
    const ours = (thread.messages ?? []).filter((m) => m.ts !== main.ts && m.bot_id !== undefined).length;
    return Math.max(recorded, ours);
  }

  /** Posts the message then its thread; on a retry, even after a restart, only what is still missing. */
  async function deliver(summary: HandoffSummary): Promise<void> {
    const posts = await store.handoffPosts(summary.id);
    let main: MessageRef | undefined = posts.find((p) => p.kind === 'message');
    let resumed = main !== undefined;
    if (!main) {
      main = await findUnrecorded(summary);
      if (main) await store.addHandoffPost(summary.id, { kind: 'message', ...main, at: deps.now() });
      resumed = main !== undefined;
    }
    main ??= await postFor(summary.id, 'message', renderHandoffMessage(summary, { today: today() }));
    const replies = renderHandoffThread(summary);
    const recorded = posts.filter((p) => p.kind === 'reply').length;
    const done = resumed && recorded < replies.length ? await repliesPosted(main, recorded) : recorded;
    for (let i = done; i < replies.length; i += 1) {
      await postFor(summary.id, 'reply', replies[i] as SlackMessage, main.ts);
    }
  }

  const handoffChannel: SlackHandoffChannel | undefined = deps.channel
    ? {
        name: 'slack',
        async deliver(summary) {
          try {
            await deliver(summary);
            return { ok: true, value: undefined };
          } catch (error) {
            return { ok: false, error: slackErrorCode(error) };
          }
        },
      }
    : undefined;

  async function refreshMessages(record: HandoffRecord, extra: MessageRef | undefined): Promise<void> {
    const claim: Claim | undefined =
      record.claimedBy && record.claimedAt !== undefined ? { by: record.claimedBy, at: record.claimedAt } : undefined;
    const posts = await store.handoffPosts(record.summary.id);
    const refs = [...posts.filter((p) => p.kind !== 'reply'), ...(extra ? [extra] : [])];
    const seen = new Set<string>();
    for (const ref of refs) {
      const key = `${ref.channel}:${ref.ts}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const { text, blocks } = renderHandoffMessage(record.summary, { today: today(), claim });
      await client.chat.update({ channel: ref.channel, ts: ref.ts, text, blocks });
    }
  }

  /** Claims for `userId` (raw Slack id), atomically in the store; updates the messages and tells a late clicker who has it. */
  async function claim(id: string, userId: string, clicked: MessageRef | undefined): Promise<ClaimResult> {
    let result: Awaited<ReturnType<HandoffStore['claimHandoff']>>;
    try {
      result = await store.claimHandoff(id, `slack:${userId}`, deps.now());
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'not-found') throw error; // StorageError: forgotten meanwhile
      if (clicked)
        await client.chat.postEphemeral({ channel: clicked.channel, user: userId, text: slackLabels.handoff.gone });
      return 'gone';
    }
    const record = await store.getHandoff(id);
    if (record) await refreshMessages(record, clicked);
    logger.info('slack.handoff-claim', { handoffId: id, claimed: result.ok });
    if (!result.ok && clicked) {
      const text = fill(slackLabels.handoff.alreadyClaimed, { user: mentionUser(result.claimedBy) });
      await client.chat.postEphemeral({ channel: clicked.channel, user: userId, text });
    }
    await publishHome(userId);
    return result.ok ? 'claimed' : 'already-claimed';
  }

  /** Publishes the App Home tab of `userId`. */
  async function publishHome(userId: string): Promise<void> {
    const records = await store.listHandoffs();
    await client.views.publish({ user_id: userId, view: renderHome(records, userId, today()) });
  }

  /**
   * Posts unclaimed emergencies again HANDOFF_RENOTIFY_MINUTES after the last time, high ones after an
   * hour (at most 3 times); returns how many.
   */
  async function remindUnclaimed(): Promise<number> {
    if (!deps.channel) return 0;
    let sent = 0;
    for (const record of await store.listHandoffs({ status: 'delivered' })) {
      const { id, urgency } = record.summary;
      if (record.claimedBy || urgency === 'routine') continue;
      const every = urgency === 'emergency' ? deps.renotifyMinutes : HIGH_RENOTIFY_MINUTES;
      const reminders = (await store.handoffPosts(id)).filter((p) => p.kind === 'reminder');
      const since = record.deliveredAt ?? record.createdAt;
      const last = reminders.at(-1)?.at ?? since;
      if (reminders.length >= MAX_REMINDERS || deps.now() - last < every * 60_000) continue;
      const minutes = Math.floor((deps.now() - since) / 60_000);
      await postFor(id, 'reminder', renderHandoffMessage(record.summary, { today: today(), reminderMinutes: minutes }));
      logger.info('slack.handoff-reminder', { handoffId: id, urgency, minutes });
      sent += 1;
    }
    return sent;
  }

  return { handoffChannel, claim, publishHome, remindUnclaimed };
}

/** The advisors' side of the Slack adapter. */
export type SlackHandoffs = ReturnType<typeof createSlackHandoffs>;
