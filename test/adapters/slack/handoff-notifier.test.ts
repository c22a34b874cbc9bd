import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderHandoffThread } from '../../../adapters/slack/handoff-thread.js';
import { addHandoff, makeSummary } from './support/handoffs.js';
import { HANDOFF_CHANNEL, type SlackHarness, startSlackHarness } from './support/slack-harness.js';

describe('hand-off delivery to Slack when Slack took a message but its answer was lost', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  /** What the advisors' channel holds: hand-off messages, and replies in their threads. */
  const held = () => {
    const all = h.api.held().filter((m) => m.channel === HANDOFF_CHANNEL);
    return {
      messages: all.filter((m) => m.thread_ts === undefined).length,
      replies: all.filter((m) => m.thread_ts).length,
    };
  };

  /** Makes the failed hand-off due now rather than after its backoff. */
  const dueNow = async (id: string) => h.store.markAttemptFailed(id, 'retry now', 0);

  it('finds the hand-off message in the channel on the retry instead of posting it again', async () => {
    const summary = makeSummary();
    await addHandoff(h.store, summary, h.now());
    h.api.acceptButFailNext('internal_error');
    expect(await h.delivery().runOnce()).toEqual({ delivered: 0, failed: 1 });
    expect(held()).toEqual({ messages: 1, replies: 0 });
    await dueNow(summary.id);

    expect(await h.delivery().runOnce()).toEqual({ delivered: 1, failed: 0 });
    expect(held()).toEqual({ messages: 1, replies: renderHandoffThread(summary).length });
  });

  it('counts the replies the thread already holds when it resumes, and posts only the rest', async () => {
    const summary = makeSummary();
    const replies = renderHandoffThread(summary).length;
    expect(replies).toBeGreaterThanOrEqual(2);
    await addHandoff(h.store, summary, h.now());
    h.api.acceptButFailNext('internal_error', 2); // the message and one reply are answered; the next is not
    expect(await h.delivery().runOnce()).toEqual({ delivered: 0, failed: 1 });
    expect(held()).toEqual({ messages: 1, replies: 2 });
    await dueNow(summary.id);

    expect(await h.delivery().runOnce()).toEqual({ delivered: 1, failed: 0 });
    expect(held()).toEqual({ messages: 1, replies });
  });

  it('posts nothing while Slack cannot say what it holds, and delivers once it can', async () => {
    const summary = makeSummary();
    await addHandoff(h.store, summary, h.now());
    h.api.failNext('conversations.history', 'internal_error');
    expect(await h.delivery().runOnce()).toEqual({ delivered: 0, failed: 1 });
    expect(held()).toEqual({ messages: 0, replies: 0 });
    await dueNow(summary.id);
    expect(await h.delivery().runOnce()).toEqual({ delivered: 1, failed: 0 });
    expect(held().messages).toBe(1);
  });

  it('still delivers when the app may not read the channel’s history', async () => {
    await addHandoff(h.store, makeSummary(), h.now());
    h.api.failNext('conversations.history', 'missing_scope');
    expect(await h.delivery().runOnce()).toEqual({ delivered: 1, failed: 0 });
    expect(held().messages).toBe(1);
  });
});
