import { describe, expect, it } from 'vitest';
import { createHandoffDelivery, exponentialBackoff, type HandoffChannel } from '../../src/handoff/delivery.js';
import type { HandoffSummary } from '../../src/handoff/summary.js';
import { nullLogger } from '../../src/log/logger.js';
import { MemorySessionStore } from '../../src/storage/memory-session-store.js';
import { addHandoff, makeSummary } from '../adapters/slack/support/handoffs.js';

type Script = (summary: HandoffSummary) => Promise<{ ok: true; value: undefined } | { ok: false; error: string }>;

function makeChannel(name: string, script: Script = async () => ({ ok: true, value: undefined })) {
  const received: string[] = [];
  const channel: HandoffChannel = {
    name,
    deliver: async (summary) => {
      received.push(summary.id);
      return script(summary);
    },
  };
  return { channel, received };
}

function setup(channels: HandoffChannel[], start = 1_000_000) {
  const store = new MemorySessionStore();
  const clock = { now: start };
  const delivery = createHandoffDelivery({
    store,
    channels,
    logger: nullLogger,
    now: () => clock.now,
    backoff: (n) => n * 1000,
  });
  return { store, clock, delivery };
}

describe('createHandoffDelivery', () => {
  it('delivers a due hand-off to every channel and marks it delivered once', async () => {
    const a = makeChannel('a');
    const b = makeChannel('b');
    const { store, clock, delivery } = setup([a.channel, b.channel]);
    await addHandoff(store, makeSummary(), clock.now);

    expect(await delivery.runOnce()).toEqual({ delivered: 1, failed: 0 });
    expect(await delivery.runOnce()).toEqual({ delivered: 0, failed: 0 });
    expect(a.received).toEqual(['h-1']);
    expect(b.received).toEqual(['h-1']);
    expect(await store.getHandoff('h-1')).toMatchObject({ status: 'delivered', attempts: 1, deliveredAt: clock.now });
  });

  it('retries a failed delivery after the backoff, without asking a channel that already took it', async () => {
    let down = true;
    const ok = makeChannel('ok');
    const flaky = makeChannel('flaky', async () =>
      down ? { ok: false, error: 'ratelimited' } : { ok: true, value: undefined },
    );
    const { store, clock, delivery } = setup([ok.channel, flaky.channel]);
    await addHandoff(store, makeSummary(), clock.now);

    expect(await delivery.runOnce()).toEqual({ delivered: 0, failed: 1 });
    expect(await store.getHandoff('h-1')).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'flaky: ratelimited',
      nextAttemptAt: clock.now + 1000,
    });
    clock.now += 999;
    expect(await delivery.runOnce()).toEqual({ delivered: 0, failed: 0 });
    clock.now += 1;
    expect(await delivery.runOnce()).toEqual({ delivered: 0, failed: 1 });
    expect((await store.getHandoff('h-1'))?.nextAttemptAt).toBe(clock.now + 2000);
    down = false;
    clock.now += 2000;
    expect(await delivery.runOnce()).toEqual({ delivered: 1, failed: 0 });
    expect(ok.received).toEqual(['h-1']);
    expect(flaky.received).toEqual(['h-1', 'h-1', 'h-1']);
    expect(await store.getHandoff('h-1')).toMatchObject({ status: 'delivered', attempts: 3 });
  });

  it('treats a channel that throws as a failed attempt', async () => {
    const broken = makeChannel('broken', async () => {
      throw new Error('socket hang up');
    });
    const { store, clock, delivery } = setup([broken.channel]);
    await addHandoff(store, makeSummary(), clock.now);

    expect(await delivery.runOnce()).toEqual({ delivered: 0, failed: 1 });
    expect((await store.getHandoff('h-1'))?.lastError).toBe('broken: socket hang up');
  });

  it('delivers once when passes are asked for at the same time', async () => {
    const slow = makeChannel('slow', async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { ok: true, value: undefined };
    });
    const { store, clock, delivery } = setup([slow.channel]);
    await addHandoff(store, makeSummary(), clock.now);

    await Promise.all([delivery.runOnce(), delivery.runOnce(), delivery.runOnce()]);
    expect(slow.received).toEqual(['h-1']);
  });

  it('leaves hand-offs in the outbox when there is no channel to deliver to', async () => {
    const { store, clock, delivery } = setup([]);
    await addHandoff(store, makeSummary(), clock.now);

    expect(await delivery.runOnce()).toEqual({ delivered: 0, failed: 0 });
    expect((await store.getHandoff('h-1'))?.status).toBe('pending');
  });

  it('polls after start and stops polling after stop', async () => {
    const a = makeChannel('a');
    const store = new MemorySessionStore();
    const delivery = createHandoffDelivery({ store, channels: [a.channel], logger: nullLogger, pollMs: 5 });
    delivery.start();
    await addHandoff(store, makeSummary());
    await expect.poll(() => a.received.length, { timeout: 2000 }).toBe(1);
    await delivery.stop();
    await addHandoff(store, makeSummary({ id: 'h-2' }));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(a.received).toEqual(['h-1']);
  });
});

describe('exponentialBackoff', () => {
  it('doubles from 5 seconds and stops at 15 minutes', () => {
    expect([1, 2, 3, 4].map(exponentialBackoff)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(exponentialBackoff(30)).toBe(15 * 60_000);
  });
});
