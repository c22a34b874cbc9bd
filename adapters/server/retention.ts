import type { Config, Logger, SessionStore } from '../../src/index.js';

const HOUR_MS = 60 * 60 * 1000;

/** The settings a retention pass reads. */
export type RetentionSettings = Pick<Config, 'sessionTtlHours' | 'retentionDays'>;

/** Pure: what to purge at `now`: sessions idle past the TTL close, data past retention goes. */
export function retentionPolicy(
  settings: RetentionSettings,
  now: number,
): { idleBefore: number; deleteBefore: number } {
  return {
    idleBefore: now - settings.sessionTtlHours * HOUR_MS,
    deleteBefore: now - settings.retentionDays * 24 * HOUR_MS,
  };
}

/** The periodic purge; `runOnce` is exposed for tests and `stop` for shutdown. */
export type Retention = { runOnce(): Promise<void>; stop(): void };

/**
 * Purges at start and then every `intervalMs` (an hour by default). A failed pass is logged and
 * tried again at the next tick; it never stops the server.
 */
export function startRetention(deps: {
  store: Pick<SessionStore, 'purge'>;
  settings: RetentionSettings;
  logger: Logger;
  now?: () => number;
  intervalMs?: number;
}): Retention {
  const now = deps.now ?? Date.now;
  let running: Promise<void> | undefined;
  const runOnce = (): Promise<void> => {
    running ??= deps.store
      .purge(retentionPolicy(deps.settings, now()))
      .then(
        (counts) => deps.logger.info('retention.purged', counts),
        (error: unknown) =>
          deps.logger.error('retention.failed', { error: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  void runOnce();
  const timer = setInterval(() => void runOnce(), deps.intervalMs ?? HOUR_MS);
  timer.unref();
  return { runOnce, stop: () => clearInterval(timer) };
}
