import { describe, expect, it } from 'vitest';
import { createSlackReplies, within } from '../../../adapters/slack/replies.js';
import {
  createAssistant,
  loadScreeningDialog,
  MemorySessionStore,
  nullLogger,
  type Output,
} from '../../../src/index.js';
import { metaOf } from './support/drive-screening.js';
import { startSlackHarness } from './support/slack-harness.js';

const say = (text: string): Output => ({ kind: 'say', text });
const platformError = (error: string) =>
  Object.assign(new Error(`An API error occurred: ${error}`), { data: { error } });

/** A store holding one committed Slack turn whose outputs wait to be shown. */
async function committed(store: MemorySessionStore, conversationId: string, deliveryId: string, outputs: Output[]) {
  await store.commitTurn({
    conversationId,
    state: {},
    at: 1,
    transcript: [],
    delivery: { id: deliveryId, outputs, confirm: true },
  });
}

function setUp(fail: (text: string) => string | undefined = () => undefined) {
  const store = new MemorySessionStore();
  const posted: string[] = [];
  let clock = 0;
  const replies = createSlackReplies({
    outbox: store,
    logger: nullLogger,
    now: () => clock,
    backoff: () => 1_000,
    post: async (conversationId, output) => {
      const { text } = output;
      const error = fail(text);
      if (error) throw platformError(error);
      posted.push(`${conversationId} ${text}`);
    },
  });
  return { store, posted, replies, tick: (ms: number) => (clock += ms) };
}

describe('createSlackReplies', () => {
  it('posts a delivery in order and takes it out of the outbox', async () => {
    const { store, posted, replies } = setUp();
    await committed(store, 'slack:D1', 'e1', [say('one'), say('two')]);
    await replies.show('slack:D1', 'e1', [say('one'), say('two')]);
    expect(posted).toEqual(['slack:D1 one', 'slack:D1 two']);
    expect(await store.unshownDeliveries('slack:', 10)).toEqual([]);
  });

  it('posts what a crash left unshown from where it stopped, once, when swept', async () => {
    const { store, posted, replies } = setUp();
    await committed(store, 'slack:D1', 'e1', [say('one'), say('two')]);
    await store.markShown('slack:D1', 'e1', 1);
    await committed(store, 'slack:C2:9.9', 'e2', [say('three')]);
    expect(await Promise.all([replies.sweep(), replies.sweep()])).toEqual([2, 0]);
    expect(posted).toEqual(['slack:D1 two', 'slack:C2:9.9 three']);
    expect(await replies.sweep()).toBe(0);
    expect(posted).toHaveLength(2);
  });

  it('holds a conversation’s later replies behind one Slack refused, then posts them in order after the backoff', async () => {
    let down = true;
    const { store, posted, replies, tick } = setUp(() => (down ? 'internal_error' : undefined));
    await committed(store, 'slack:D1', 'e1', [say('question')]);
    await committed(store, 'slack:D1', 'e2', [say('next')]);
    await replies.show('slack:D1', 'e1', [say('question')]);
    await replies.show('slack:D1', 'e2', [say('next')]);
    expect(posted).toEqual([]);
    down = false;
    expect(await replies.sweep()).toBe(0); // not due yet
    tick(1_000);
    expect(await replies.sweep()).toBe(2);
    expect(posted).toEqual(['slack:D1 question', 'slack:D1 next']);
  });

  it('gives up a reply Slack will never take, so that the next ones still go', async () => {
    const { store, posted, replies } = setUp((text) => (text === 'bad' ? 'channel_not_found' : undefined));
    await committed(store, 'slack:D1', 'e1', [say('bad')]);
    await replies.show('slack:D1', 'e1', [say('bad')]);
    await replies.show('slack:D1', 'e2', [say('good')]);
    expect(posted).toEqual(['slack:D1 good']);
    expect(await store.unshownDeliveries('slack:', 10)).toEqual([]);
  });

  it('does not post a delivery twice when the turn and a sweep reach it together', async () => {
    const { store, posted, replies } = setUp();
    await committed(store, 'slack:D1', 'e1', [say('one')]);
    await Promise.all([replies.sweep(), replies.show('slack:D1', 'e1', [say('one')])]);
    expect(posted).toEqual(['slack:D1 one']);
  });
});

describe('within', () => {
  it('returns when the work is done, or when the time is up, whichever is first, and swallows a failure', async () => {
    const started = Date.now();
    await within(5_000, Promise.resolve());
    await within(5_000, Promise.reject(new Error('no')));
    await within(20, new Promise(() => undefined));
    expect(Date.now() - started).toBeLessThan(4_000);
  });
});

describe('Slack replies across a restart', () => {
  it('posts the question of a turn committed just before a crash, and not again when Slack retries the event', async () => {
    const store = new MemorySessionStore();
    const core = createAssistant({ dialog: loadScreeningDialog(), store, logger: nullLogger, timeZone: 'UTC' });
    // The process that committed this turn died before posting it.
    await core.handle({
      conversationId: 'slack:D1',
      channel: 'slack',
      input: { kind: 'text', text: 'hello' },
      at: 1,
      deliveryId: 'slack-event:EvLost',
      confirmShown: true,
    });
    const h = await startSlackHarness({ store });
    try {
      expect(await h.adapter.sweepReplies()).toBe(1);
      const posted = h.api.posted();
      expect(posted.at(-1)).toMatchObject({ channel: 'D1' });
      expect(metaOf(posted.at(-1) as never)?.event_type).toBe('tas_prompt');
      const dm = { channel: 'D1', channel_type: 'im', user: 'U1', text: 'hello', ts: '1.1' };
      expect((await h.event(dm, 'EvLost', { 'x-slack-retry-num': '1' })).status).toBe(200);
      expect(await h.adapter.sweepReplies()).toBe(0);
      expect(h.api.posted()).toHaveLength(posted.length);
    } finally {
      await h.close();
    }
  });

  it('keeps a question Slack refused and posts it, once, when Slack takes it again', async () => {
    let clock = Date.parse('2026-11-25T15:00:00Z');
    const h = await startSlackHarness({ now: () => clock });
    try {
      h.api.failNext('chat.postMessage', 'internal_error', 1);
      const dm = { channel: 'D1', channel_type: 'im', user: 'U1', text: 'hello', ts: '1.1' };
      expect((await h.event(dm, 'EvDown')).status).toBe(200);
      expect(h.api.posted()).toEqual([]);
      expect(await h.adapter.sweepReplies()).toBe(0); // its retry is not due yet
      clock += 60_000;
      expect(await h.adapter.sweepReplies()).toBe(1);
      const posted = h.api.posted();
      expect(metaOf(posted.at(-1) as never)?.event_type).toBe('tas_prompt');
      expect(await h.adapter.sweepReplies()).toBe(0);
      expect(h.api.posted()).toEqual(posted);
    } finally {
      await h.close();
    }
  });
});
