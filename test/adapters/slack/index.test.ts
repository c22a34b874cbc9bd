import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../../adapters/slack/index.js';
import { MemorySessionStore, nullLogger } from '../../../src/index.js';
import { type Answer, driveScreening, metaOf } from './support/drive-screening.js';
import { startFakeSlackApi } from './support/fake-slack-api.js';
import { addHandoff, makeSummary } from './support/handoffs.js';
import { HANDOFF_CHANNEL, type SlackHarness, startSlackHarness } from './support/slack-harness.js';
import { eventBody } from './support/slack-request.js';

const WAGE_LEVY: Record<string, Answer> = {
  narrative: {
    text: 'my job just told me the irs is garnishing my wages. they took almost 600 out of my check friday and rent is due on the 1st and i cant cover it',
  },
  issue_type: { click: 'levy_garnishment', text: 'wage garnishment from the irs' },
  irs_action: { click: 'levy', text: 'they are taking money out of every paycheck' },
  hardship: { click: 'yes', text: 'yeah i cant pay rent' },
  harm_date: { click: 'now', text: 'december 1st' },
  tried_irs: { click: 'no', text: 'no i havent called them' },
  disputes_amount: { click: 'no', text: 'no i know i owe it' },
  notice: { click: 'none', text: 'no i dont have any letter' },
  represented: { click: 'no', text: 'no just me' },
  contact_name: { text: 'Darnell Price' },
  contact_email: { text: 'dprice88@example.com' },
  contact_phone: { text: '614 555 0142' },
  state: { text: 'ohio' },
  consent: { click: 'yes', text: 'yes' },
  handoff: { click: 'yes', text: 'yes please' },
};

const rootOf = (h: SlackHarness, channel = 'C1') => {
  const root = h.api.posted().find((m) => m.channel === channel && m.thread_ts === undefined);
  if (!root) throw new Error('no root message');
  return root;
};

describe('createSlackAdapter over HTTP', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('runs a whole screening from /tas-screen to a hand-off in one thread, by buttons and by typing', async () => {
    expect((await h.slash('U1', 'C1')).status).toBe(200);
    const root = rootOf(h);
    expect(String(root.text)).toContain('<@U1>');
    const first = h.thread(root.ts);
    expect(first.at(-1)).toMatchObject({
      channel: 'C1',
      metadata: { event_type: 'tas_prompt', event_payload: { slot: 'narrative' } },
    });

    const asked = await driveScreening(h, root.ts, WAGE_LEVY);
    expect(asked[0]).toBe('narrative');

    const thread = h.thread(root.ts);
    expect(thread.every((m) => m.channel === 'C1')).toBe(true);
    const outcome = thread.find((m) => metaOf(m)?.event_type === 'tas_outcome');
    expect(metaOf(outcome ?? { ts: '' })?.event_payload).toMatchObject({
      recommendation: 'tas',
      basis: ['economic_burden'],
      urgency: 'emergency',
      issue_type: 'levy_garnishment',
    });
    // A clicked question keeps its text and shows the answer instead of buttons.
    expect(JSON.stringify(h.api.callsTo('chat.update'))).toContain('Answered:');
    const [record] = await h.store.listHandoffs();
    expect(record?.summary).toMatchObject({
      channel: 'slack',
      conversationId: `slack:C1:${root.ts}`,
      ranBy: { id: 'U1' },
    });
    await h.delivery().runOnce();
    const advisors = h.api.posted().find((m) => m.channel === HANDOFF_CHANNEL && m.thread_ts === undefined);
    expect(JSON.stringify(advisors?.blocks)).toContain('run by <@U1>');
  });

  it('screens in a direct message, with no thread', async () => {
    expect((await h.event({ channel: 'D9', channel_type: 'im', user: 'U9', text: 'hi' })).status).toBe(200);
    const posted = h.api.posted();
    expect(posted.at(-1)).toMatchObject({
      channel: 'D9',
      metadata: { event_type: 'tas_prompt', event_payload: { slot: 'narrative' } },
    });
    expect(posted.every((m) => m.thread_ts === undefined)).toBe(true);
  });

  it('starts a screening thread when mentioned at the top of a channel, once for a retried mention', async () => {
    const mention = { type: 'app_mention', channel: 'C3', user: 'U3', text: '<@UBOT> screen a caller', ts: '5.5' };
    await h.send(eventBody('EvMention', mention), 'json');
    await h.send(eventBody('EvMention', mention), 'json', { headers: { 'x-slack-retry-num': '1' } });
    const roots = h.api.posted().filter((m) => m.channel === 'C3' && m.thread_ts === undefined);
    expect(roots).toHaveLength(1);
    expect(h.thread(roots[0]?.ts ?? '').at(-1)?.metadata).toMatchObject({ event_type: 'tas_prompt' });
  });

  it('does not run screenings in the hand-off channel', async () => {
    const answer = await h.slash('U1', HANDOFF_CHANNEL);
    expect(await answer.json()).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringContaining('hand-off channel'),
    });
    expect(h.api.posted()).toEqual([]);
  });

  it('refuses a bad signature and a stale timestamp with 401 and changes nothing', async () => {
    const body = eventBody('EvBad', {
      type: 'message',
      channel: 'D1',
      channel_type: 'im',
      user: 'U1',
      text: 'hello there',
      ts: '1.1',
    });
    expect((await h.send(body, 'json', { secret: 'wrong-secret' })).status).toBe(401);
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    expect((await h.send(body, 'json', { timestamp: stale })).status).toBe(401);
    expect(h.api.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
    expect(await h.store.load('slack:D1')).toBeUndefined();
  });

  it('answers a retried event once and advances the conversation once', async () => {
    const dm = { channel: 'D1', channel_type: 'im', user: 'U1', text: 'hello', ts: '1.1' };
    expect((await h.event(dm, 'EvA')).status).toBe(200);
    const afterFirst = h.api.posted().length;
    expect(afterFirst).toBeGreaterThan(0);
    const answer = { ...dm, text: 'they took my whole paycheck and I cannot pay rent this month', ts: '1.2' };
    expect((await h.event(answer, 'EvB')).status).toBe(200);
    const afterAnswer = h.api.posted().length;
    const transcript = await h.store.transcript('slack:D1');
    expect(
      (await h.event(answer, 'EvB', { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' })).status,
    ).toBe(200);
    expect(
      (await h.event(answer, 'EvB', { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' })).status,
    ).toBe(200);
    expect(h.api.posted().length).toBe(afterAnswer);
    expect(await h.store.transcript('slack:D1')).toEqual(transcript);
    expect(h.api.posted().every((m) => m.channel === 'D1' && m.thread_ts === undefined)).toBe(true);
  });

  it('posts a hand-off from the web chat to the advisors’ channel, with the Form 911 draft and transcript in its thread', async () => {
    await h.handOffFromWeb();
    const delivery = h.delivery();
    expect(await delivery.runOnce()).toEqual({ delivered: 1, failed: 0 });

    const inChannel = h.api.posted().filter((m) => m.channel === HANDOFF_CHANNEL);
    const main = inChannel.find((m) => m.thread_ts === undefined);
    expect(main?.metadata).toMatchObject({ event_type: 'tas_handoff' });
    expect(JSON.stringify(main?.blocks)).toContain('tas_claim');
    const replies = inChannel.filter((m) => m.thread_ts === main?.ts);
    expect(JSON.stringify(replies[0]?.blocks)).toContain('Form 911');
    expect(JSON.stringify(replies.slice(1))).toContain('Transcript (redacted)');
    expect((await h.store.listHandoffs())[0]?.status).toBe('delivered');
  });

  it('lets one advisor claim a hand-off, updates the message and tells a late clicker who has it', async () => {
    await h.handOffFromWeb();
    await h.delivery().runOnce();
    const main = h.api.posted().find((m) => m.channel === HANDOFF_CHANNEL && m.thread_ts === undefined);
    if (!main) throw new Error('hand-off not posted');

    const clicks = await Promise.all([
      h.click(main, { actionIdPrefix: 'tas_claim' }, 'U7'),
      h.click(main, { actionIdPrefix: 'tas_claim' }, 'U8'),
    ]);
    expect(clicks.map((r) => r.status)).toEqual([200, 200]);
    const [record] = await h.store.listHandoffs();
    expect(['slack:U7', 'slack:U8']).toContain(record?.claimedBy);
    const loser = record?.claimedBy === 'slack:U7' ? 'U8' : 'U7';
    const ephemeral = h.api.callsTo('chat.postEphemeral');
    expect(ephemeral).toHaveLength(1);
    expect(ephemeral[0]).toMatchObject({ user: loser, text: `Already claimed by <@${record?.claimedBy?.slice(6)}>.` });
    const updates = h.api.callsTo('chat.update').filter((u) => u.ts === main.ts);
    expect(JSON.stringify(updates.at(-1))).toContain('Claimed by');
    expect(JSON.stringify(updates.at(-1))).not.toContain('tas_claim');
    expect(h.api.callsTo('views.publish').map((v) => v.user_id)).toEqual(expect.arrayContaining(['U7', 'U8']));
  });

  it('shows open hand-offs on the App Home tab', async () => {
    await h.handOffFromWeb();
    const body = { type: 'app_home_opened', user: 'U5', channel: 'D5', tab: 'home', event_ts: '1.1' };
    expect((await h.send(eventBody('EvHome', body), 'json')).status).toBe(200);
    const [publish] = h.api.callsTo('views.publish');
    expect(publish).toMatchObject({ user_id: 'U5', view: { type: 'home' } });
    expect(JSON.stringify(publish)).toContain('tas_claim');
  });

  it('understands commands typed in the thread, like talking to a person', async () => {
    await h.slash('U1', 'C1');
    const root = rootOf(h);
    await h.reply(root.ts, 'help');
    const afterHelp = h.thread(root.ts).length;
    expect(afterHelp).toBeGreaterThan(1);
    await h.reply(root.ts, 'I want to talk to a person');
    expect(
      h
        .thread(root.ts)
        .slice(afterHelp)
        .some((m) => metaOf(m)?.event_type === 'tas_handoff'),
    ).toBe(true);
    expect((await h.store.listHandoffs())[0]?.summary.reason).toBe('asked-for-person');
  });

  it('makes no Web API call until Slack calls it, then asks auth.test on the fake Web API', async () => {
    expect(h.api.calls).toEqual([]);
    await h.slash('U1', 'C2');
    expect(h.api.callsTo('auth.test').length).toBeGreaterThan(0);
  });
});

describe('createSlackAdapter after a restart', () => {
  it('does not answer again an event the core answered before the restart', async () => {
    const store = new MemorySessionStore();
    const dm = { channel: 'D1', channel_type: 'im', user: 'U1', text: 'hello', ts: '1.1' };
    const before = await startSlackHarness({ store });
    await before.event(dm, 'EvSame');
    expect(before.api.posted().length).toBeGreaterThan(0);
    await before.close();

    const after = await startSlackHarness({ store });
    try {
      expect((await after.event(dm, 'EvSame', { 'x-slack-retry-num': '3' })).status).toBe(200);
      expect(after.api.posted()).toEqual([]);
    } finally {
      await after.close();
    }
  });
});

describe('createSlackAdapter hand-offs after a restart', () => {
  it('updates the message and the reminder posted before the restart on a Claim, and reminds no sooner', async () => {
    const store = new MemorySessionStore();
    const clock = { now: Date.parse('2026-11-25T15:00:00Z') };
    const before = await startSlackHarness({ store, now: () => clock.now });
    await addHandoff(store, makeSummary(), clock.now); // an emergency
    await before.delivery().runOnce();
    clock.now += 15 * 60_000;
    expect(await before.adapter.remindUnclaimed()).toBe(1);
    const [main, reminder] = before.api
      .posted()
      .filter((m) => m.channel === HANDOFF_CHANNEL && m.thread_ts === undefined);
    await before.close();

    const after = await startSlackHarness({ store, now: () => clock.now });
    try {
      clock.now += 5 * 60_000;
      expect(await after.adapter.remindUnclaimed()).toBe(0); // the last reminder was 5 minutes ago
      expect(await after.delivery().runOnce()).toEqual({ delivered: 0, failed: 0 });
      await after.click(reminder!, { actionIdPrefix: 'tas_claim' }, 'U7');
      const updated = after.api.callsTo('chat.update').map((u) => u.ts);
      expect(updated).toEqual(expect.arrayContaining([main?.ts, reminder?.ts]));
      expect(after.api.posted().filter((m) => m.channel === HANDOFF_CHANNEL)).toEqual([]);
    } finally {
      await after.close();
    }
  });
});

describe('createSlackAdapter in Socket Mode', () => {
  it('mounts no HTTP route and makes no call at construction', async () => {
    const api = await startFakeSlackApi();
    try {
      const adapter = createSlackAdapter({
        settings: {
          slackSigningSecret: undefined,
          slackBotToken: 'xoxb-test',
          slackAppToken: 'xapp-test',
          slackHandoffChannel: HANDOFF_CHANNEL,
          slackApiUrl: api.url,
          handoffRenotifyMinutes: 15,
          timeZone: 'America/New_York',
        },
        assistant: { handle: async () => [] },
        store: new MemorySessionStore(),
        logger: nullLogger,
      });
      expect(adapter.mode).toBe('socket');
      expect(adapter.router).toBeUndefined();
      expect(adapter.handoffChannel?.name).toBe('slack');
      expect(api.calls).toEqual([]);
    } finally {
      await api.close();
    }
  });
});

describe('createSlackAdapter when the core fails', () => {
  it('logs it and posts a neutral apology in the thread', async () => {
    const h = await startSlackHarness({
      core: {
        handle: async () => {
          throw new Error('database is locked');
        },
      },
    });
    try {
      await h.slash('U1', 'C1');
      const root = rootOf(h);
      expect(h.thread(root.ts).map((m) => m.text)).toEqual([
        'Sorry, something went wrong on our side. Please try that again in a moment.',
      ]);
    } finally {
      await h.close();
    }
  });
});

describe('createSlackAdapter reminders', () => {
  it('posts an unclaimed emergency again after HANDOFF_RENOTIFY_MINUTES, and not once claimed', async () => {
    const clock = { now: Date.parse('2026-11-25T15:00:00Z') };
    const h = await startSlackHarness({ now: () => clock.now });
    try {
      await addHandoff(h.store, makeSummary(), clock.now); // an emergency: a wage levy taking rent money now
      await h.delivery().runOnce();
      const [record] = await h.store.listHandoffs();
      expect(record?.summary.urgency).toBe('emergency');
      const mains = () => h.api.posted().filter((m) => m.channel === HANDOFF_CHANNEL && m.thread_ts === undefined);

      clock.now += 14 * 60_000;
      expect(await h.adapter.remindUnclaimed()).toBe(0);
      clock.now += 60_000;
      expect(await h.adapter.remindUnclaimed()).toBe(1);
      expect(JSON.stringify(mains().at(-1)?.blocks)).toContain('Still unclaimed after 15 minutes.');
      expect(await h.adapter.remindUnclaimed()).toBe(0);

      await h.click(mains().at(-1)!, { actionIdPrefix: 'tas_claim' }, 'U7'); // the reminder was just posted
      clock.now += 15 * 60_000;
      expect(await h.adapter.remindUnclaimed()).toBe(0);
      expect(mains()).toHaveLength(2);
    } finally {
      await h.close();
    }
  });
});

describe('createSlackAdapter without Slack settings', () => {
  it('is off, mounts nothing and says so once', () => {
    const lines: string[] = [];
    const logger = { ...nullLogger, info: (event: string) => lines.push(event) };
    const adapter = createSlackAdapter({
      settings: {
        slackSigningSecret: undefined,
        slackBotToken: undefined,
        slackAppToken: undefined,
        slackHandoffChannel: undefined,
        slackApiUrl: undefined,
        handoffRenotifyMinutes: 15,
        timeZone: 'America/New_York',
      },
      assistant: { handle: async () => [] },
      store: new MemorySessionStore(),
      logger,
    });
    expect(adapter.mode).toBe('off');
    expect(adapter.router).toBeUndefined();
    expect(adapter.handoffChannel).toBeUndefined();
    expect(lines).toEqual(['slack.off']);
  });
});
