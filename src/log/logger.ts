import pino from 'pino';

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

/** Creates a JSON logger on pino writing to `destination` (stdout by default). */
export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  const options = { level, messageKey: 'event', base: null, timestamp: pino.stdTimeFunctions.isoTime };
  const safe = destination
    ? pino({ ...options, redact: { paths: redactPaths, censor: '[redacted]' } }, destination)
    : pino({ ...options, redact: { paths: redactPaths, censor: '[redacted]' } });
  // Debug is the one level allowed to carry what people typed, so it skips the censor.
  const open = destination ? pino(options, destination) : pino(options);
  return {
    debug: (event, fields) => open.debug(fields ?? {}, event),
    info: (event, fields) => safe.info(fields ?? {}, event),
    warn: (event, fields) => safe.warn(fields ?? {}, event),
    error: (event, fields) => safe.error(fields ?? {}, event),
  };
}

/** A logger that drops everything, for tests. */
export const nullLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
