import { setTimeout as delay } from 'node:timers/promises';
import { type Activity, TestAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { APOLOGY, ScreeningBot } from '../../../adapters/botframework/screening-bot.js';
import type { InboundMessage } from '../../../src/api.js';
import { nullLogger } from '../../../src/log/logger.js';
import { makeFakeCore, makeOutcomeOutput, makePrompt } from './fixtures.js';

function makeAdapter(bot: ScreeningBot): TestAdapter {
  return new TestAdapter((context) => bot.run(context), { channelId: 'directline' });
}

/** Runs one activity through the bot and returns what it sent, typing indicators included. */
async function exchange(adapter: TestAdapter, activity: Partial<Activity>): Promise<Partial<Activity>[]> {
  adapter.activeQueue.length = 0;
  await adapter.receiveActivity(activity);
  return [...adapter.activeQueue];
}

describe('ScreeningBot', () => {
  it('greets a visitor on conversationUpdate with the first question', async () => {
    const core = makeFakeCore((m) =>
      m.input.kind === 'start' ? [{ kind: 'say', text: 'Welcome.' }, makePrompt()] : [],
    );
    const adapter = makeAdapter(new ScreeningBot(core, nullLogger));
    const sent = await exchange(adapter, {
      type: 'conversationUpdate',
      membersAdded: [
        { id: 'bot', name: 'bot' },
        { id: 'user', name: 'user' },
      ],
      recipient: { id: 'bot', name: 'bot' },
    });
    expect(sent.map((a) => a.type)).toEqual(['message']);
    expect(sent[0]?.text).toBe('Welcome.\n\nWhat is the IRS problem about?');
    expect(sent[0]?.channelData).toEqual({ slot: 'issue_type' });
    expect(core.calls[0]?.input).toEqual({ kind: 'start' });
    expect(core.calls[0]?.conversationId).toMatch(/^web:/);
  });

  it('shows a typing indicator before the answer when the turn is slow', async () => {
    const core = makeFakeCore();
    const slow = {
      handle: async (m: InboundMessage) => {
        await delay(80);
        return core.handle(m);
      },
    };
    const adapter = makeAdapter(new ScreeningBot(slow, nullLogger, { typingAfterMs: 10 }));
    const sent = await exchange(adapter, { type: 'message', text: 'my refund is late' });
    expect(sent.map((a) => a.type)).toEqual(['typing', 'message']);
  });

  it('shows no typing indicator when the turn answers at once', async () => {
    const adapter = makeAdapter(new ScreeningBot(makeFakeCore(), nullLogger, { typingAfterMs: 10 }));
    const sent = await exchange(adapter, { type: 'message', text: 'my refund is late' });
    await delay(30);
    expect(sent.map((a) => a.type)).toEqual(['message']);
    expect(adapter.activeQueue.map((a) => a.type)).toEqual(['message']);
  });

  it('sends a button press to the core as the choice value', async () => {
    const core = makeFakeCore();
    const adapter = makeAdapter(new ScreeningBot(core, nullLogger));
    await exchange(adapter, { type: 'message', text: 'A late refund', value: { choice: 'refund_delay' } });
    expect(core.calls[0]?.input).toEqual({ kind: 'choice', value: 'refund_delay' });
  });

  it('sends a typed answer to the core as text', async () => {
    const core = makeFakeCore();
    const adapter = makeAdapter(new ScreeningBot(core, nullLogger));
    await exchange(adapter, { type: 'message', text: 'my refund is late' });
    expect(core.calls[0]?.input).toEqual({ kind: 'text', text: 'my refund is late' });
  });

  it('answers with an Adaptive Card outcome', async () => {
    const core = makeFakeCore(() => [makeOutcomeOutput()]);
    const adapter = makeAdapter(new ScreeningBot(core, nullLogger));
    const sent = await exchange(adapter, { type: 'message', text: 'no' });
    const outcome = sent.find((a) => a.attachments?.length);
    expect(outcome?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(outcome?.channelData).toHaveProperty('outcome.recommendation', 'tas');
  });

  it('answers a redelivered activity once, even when the copies arrive together', async () => {
    const core = makeFakeCore();
    const adapter = makeAdapter(new ScreeningBot(core, nullLogger));
    adapter.activeQueue.length = 0;
    const activity = { type: 'message', id: 'act-1', text: 'my refund is late' } as const;
    await Promise.all([adapter.receiveActivity(activity), adapter.receiveActivity(activity)]);
    await adapter.receiveActivity(activity);
    expect(adapter.activeQueue.filter((a) => a.type === 'message')).toHaveLength(1);
    expect(core.calls).toHaveLength(1);
  });

  it('answers a second click on the same question once', async () => {
    const core = makeFakeCore();
    const adapter = makeAdapter(new ScreeningBot(core, nullLogger));
    await exchange(adapter, { type: 'message', id: 'act-2', value: { choice: 'yes', prompt: 'act-1' } });
    const second = await exchange(adapter, { type: 'message', id: 'act-3', value: { choice: 'yes', prompt: 'act-1' } });
    expect(second).toEqual([]);
  });

  it('answers a delivery again when the first answer failed', async () => {
    let fail = true;
    const core = makeFakeCore(() => {
      if (fail) throw new Error('storage down');
      return [makePrompt()];
    });
    const adapter = makeAdapter(new ScreeningBot(core, nullLogger));
    await exchange(adapter, { type: 'message', id: 'act-4', text: 'hello' });
    fail = false;
    const again = await exchange(adapter, { type: 'message', id: 'act-4', text: 'hello' });
    expect(again.some((a) => a.channelData !== undefined)).toBe(true);
  });

  it('apologises, without internals, when the core fails', async () => {
    const errors: string[] = [];
    const logger = { ...nullLogger, error: (event: string) => void errors.push(event) };
    const core = {
      handle: async () => {
        throw new Error('database is locked');
      },
    };
    const adapter = makeAdapter(new ScreeningBot(core, logger));
    const sent = await exchange(adapter, { type: 'message', text: 'hello' });
    expect(sent.at(-1)?.text).toBe(APOLOGY);
    expect(JSON.stringify(sent)).not.toContain('database');
    expect(errors).toEqual(['botframework.turn-failed']);
  });
});
