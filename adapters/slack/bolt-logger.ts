import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../src/index.js';

const describe = (parts: unknown[]): string =>
  parts.map((p) => (p instanceof Error ? p.message : typeof p === 'string' ? p : JSON.stringify(p))).join(' ');

/**
 * Bolt's and the Web API client's log lines on our logger. Their info lines go to debug: they can
 * echo API payloads, and only debug may carry what people typed.
 */
export function toBoltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  return {
    debug: (...msg: unknown[]) => logger.debug('slack.bolt', { message: describe(msg) }),
    info: (...msg: unknown[]) => logger.debug('slack.bolt', { message: describe(msg) }),
    warn: (...msg: unknown[]) => logger.warn('slack.bolt', { message: describe(msg) }),
    error: (...msg: unknown[]) => logger.error('slack.bolt', { message: describe(msg) }),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
