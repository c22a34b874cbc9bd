import type { Logger } from '../log/logger.js';
import type { Result } from '../result.js';
import type { HandoffRecord, HandoffStore } from '../storage/session-store.js';
import type { HandoffSummary } from './summary.js';

/** A place hand-offs are delivered to (the advisors' Slack channel, ...). Expected failures are data. */
export type HandoffChannel = {
  name: string;
  deliver(summary: HandoffSummary): Promise<Result<void, string>>;
};

/** Milliseconds to wait before the next attempt, given how many attempts have failed so far (1, 2, ...). */
export type Backoff = (failedAttempts: number) => number;

/** What one pass of the worker did. */
export type DeliveryPass = { delivered: number; failed: number };

/** The outbox worker: polls the store, delivers to every channel, retries with backoff. */
export interface HandoffDelivery {
  /** One pass over the due hand-offs; concurrent calls share the pass in flight. */
  runOnce(): Promise<DeliveryPass>;
  /** Polls every `pollMs` until stopped. */
  start(): void;
  /** Stops polling and waits for the pass in flight. */
  stop(): Promise<void>;
}

export type HandoffDeliveryDeps = {
  store: HandoffStore;
  channels: HandoffChannel[];
  logger: Logger;
  now?: () => number;
  backoff?: Backoff;
  pollMs?: number;
  batchSize?: number;
};

/** Pure: 5 s, 10 s, 20 s ... doubling, capped at 15 minutes. */
export const exponentialBackoff: Backoff = (failedAttempts) =>
  Math.min(5_000 * 2 ** Math.max(0, failedAttempts - 1), 15 * 60_000);

async function deliverTo(channel: HandoffChannel, summary: HandoffSummary): Promise<Result<void, string>> {
  try {
    return await channel.deliver(summary);
  } catch (error) {
    // A channel that throws is a bug or a broken environment; the hand-off must still wait and retry.
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Creates the outbox worker. A hand-off is marked delivered once every channel took it; a channel
 * that already took it is not asked again on retries (remembered for the life of the process).
 */
export function createHandoffDelivery(deps: HandoffDeliveryDeps): HandoffDelivery {
  const now = deps.now ?? Date.now;
  const backoff = deps.backoff ?? exponentialBackoff;
  const pollMs = deps.pollMs ?? 2_000;
  const batchSize = deps.batchSize ?? 20;
  const doneChannels = new Map<string, Set<string>>(); // hand-off id -> channels that took it
  let inFlight: Promise<DeliveryPass> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running = false;

  async function deliverOne(record: HandoffRecord): Promise<boolean> {
    const id = record.summary.id;
    const done = doneChannels.get(id) ?? new Set<string>();
    doneChannels.set(id, done);
    const errors: string[] = [];
    for (const channel of deps.channels) {
      if (done.has(channel.name)) continue;
      const result = await deliverTo(channel, record.summary);
      if (result.ok) done.add(channel.name);
      else errors.push(`${channel.name}: ${result.error}`);
    }
    if (errors.length === 0) {
      await deps.store.markDelivered(id, now());
      doneChannels.delete(id);
      deps.logger.info('handoff.delivered', { handoffId: id, attempts: record.attempts + 1 });
      return true;
    }
    const failedAttempts = record.attempts + 1;
    const error = errors.join('; ');
    await deps.store.markAttemptFailed(id, error, now() + backoff(failedAttempts));
    deps.logger.warn('handoff.delivery-failed', { handoffId: id, attempts: failedAttempts, error });
    return false;
  }

  async function pass(): Promise<DeliveryPass> {
    // With nowhere to deliver, hand-offs stay in the outbox rather than being marked delivered to no one.
    if (deps.channels.length === 0) return { delivered: 0, failed: 0 };
    const due = await deps.store.dueForDelivery(now(), batchSize);
    const result: DeliveryPass = { delivered: 0, failed: 0 };
    for (const record of due) {
      if (await deliverOne(record)) result.delivered += 1;
      else result.failed += 1;
    }
    return result;
  }

  function runOnce(): Promise<DeliveryPass> {
    if (!inFlight) {
      inFlight = pass().finally(() => {
        inFlight = undefined;
      });
    }
    return inFlight;
  }

  function schedule(): void {
    if (!running) return;
    timer = setTimeout(() => {
      runOnce()
        .catch((error: unknown) => deps.logger.error('handoff.delivery-pass-failed', { error: String(error) }))
        .finally(schedule);
    }, pollMs);
  }

  return {
    runOnce,
    start() {
      if (running) return;
      running = true;
      schedule();
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      await inFlight?.catch(() => undefined);
    },
  };
}
