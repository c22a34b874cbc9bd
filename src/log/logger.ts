import { createRequire } from 'node:module';
import type pino from 'pino';

/** Log levels, lowest first; `silent` logs nothing. */
export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';

/**
 * The logging port. `event` is a fixed, dotted name (`turn.committed`), never user text.
 * Contract: what people typed (text, answers, contact details) may be passed only to `debug`;
 * at the other levels those fields are censored anyway.
 */
export interface Logger {
  debug(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

const personalKeys = [
  'text',
  'answers',
  'answer',
  'facts',
  'transcript',
  'email',
  'phone',
  'name',
  'contactName',
  'contactEmail',
  'contactPhone',
];

/** Pino redact paths: each personal key at the top level and one or two levels down. */
export const redactPaths: string[] = personalKeys.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

type Pino = typeof import('pino');
type Level = Exclude<LogLevel, 'silent'>;

// pino's numbering: a call logs when its level is at or above the logger's.
const LEVEL_VALUES: Record<LogLevel, number> = {
  trace: 10,
  debug: 20,
  info: 30,
  warn: 40,
  error: 50,
  fatal: 60,
  silent: Number.POSITIVE_INFINITY,
};

/**
 * Creates a JSON logger on pino writing to `destination` (stdout by default). pino is loaded on the first
 * line logged, not at start-up: the terminal logs nothing below `warn` in a normal session.
 */
export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  let loggers: { safe: pino.Logger; open: pino.Logger } | undefined;
  const load = () => {
    if (loggers) return loggers;
    const pinoModule = createRequire(import.meta.url)('pino') as Pino;
    const options = { level, messageKey: 'event', base: null, timestamp: pinoModule.stdTimeFunctions.isoTime };
    const make = (extra: pino.LoggerOptions) =>
      destination ? pinoModule({ ...options, ...extra }, destination) : pinoModule({ ...options, ...extra });
    loggers = {
      safe: make({ redact: { paths: redactPaths, censor: '[redacted]' } }),
      // Debug is the one level allowed to carry what people typed, so it skips the censor.
      open: make({}),
    };
    return loggers;
  };
  const log = (at: Level, event: string, fields: Record<string, unknown> | undefined) => {
    if (LEVEL_VALUES[at] < LEVEL_VALUES[level]) return;
    const { safe, open } = load();
    (at === 'debug' ? open : safe)[at](fields ?? {}, event);
  };
  return {
    debug: (event, fields) => log('debug', event, fields),
    info: (event, fields) => log('info', event, fields),
    warn: (event, fields) => log('warn', event, fields),
    error: (event, fields) => log('error', event, fields),
  };
}

/** A logger that drops everything, for tests. */
export const nullLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
