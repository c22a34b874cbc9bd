import { ok, type Result } from '../result.js';
import type { Config, EnvValues } from './config.js';
import { type Env, readEnvironment } from './environment.js';

/** The values NODE_ENV may take. */
export const NODE_ENVS = ['development', 'production', 'test'] as const;
/** The values LOG_LEVEL may take. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

/** The defaults of the settings that have one; the schema in config.ts and `readPlainConfig` share them. */
export const DEFAULTS = {
  NODE_ENV: 'development',
  LOG_LEVEL: 'info',
  DATA_DIR: './data',
  TIME_ZONE: 'America/New_York',
  PORT: 3978,
  HOST: '127.0.0.1',
  FIRM_NAME: 'Example Tax Law',
  MicrosoftAppType: 'MultiTenant',
  HANDOFF_RENOTIFY_MINUTES: 15,
  SESSION_TTL_HOURS: 72,
  RETENTION_DAYS: 365,
  RATE_LIMIT_PER_MINUTE: 60,
} as const;

/** True when `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Pure: the validated settings under their camelCase names. */
export function toConfig(env: EnvValues) {
  return {
    nodeEnv: env.NODE_ENV,
    logLevel: env.LOG_LEVEL,
    dataDir: env.DATA_DIR,
    timeZone: env.TIME_ZONE,
    port: env.PORT,
    host: env.HOST,
    publicUrl: env.PUBLIC_URL,
    firmName: env.FIRM_NAME,
    firmPhone: env.FIRM_PHONE,
    firmEmail: env.FIRM_EMAIL,
    microsoftAppId: env.MicrosoftAppId,
    microsoftAppPassword: env.MicrosoftAppPassword,
    microsoftAppType: env.MicrosoftAppType,
    microsoftAppTenantId: env.MicrosoftAppTenantId,
    directLineSecret: env.DIRECT_LINE_SECRET,
    directLineDomain: env.DIRECT_LINE_DOMAIN,
    slackSigningSecret: env.SLACK_SIGNING_SECRET,
    slackBotToken: env.SLACK_BOT_TOKEN,
    slackAppToken: env.SLACK_APP_TOKEN,
    slackHandoffChannel: env.SLACK_HANDOFF_CHANNEL,
    slackApiUrl: env.SLACK_API_URL,
    handoffRenotifyMinutes: env.HANDOFF_RENOTIFY_MINUTES,
    sessionTtlHours: env.SESSION_TTL_HOURS,
    retentionDays: env.RETENTION_DAYS,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    trustProxy:
      env.TRUST_PROXY === undefined
        ? undefined
        : /^\d+$/.test(env.TRUST_PROXY)
          ? Number(env.TRUST_PROXY)
          : env.TRUST_PROXY,
  };
}

type PlainKey = 'NODE_ENV' | 'LOG_LEVEL' | 'DATA_DIR' | 'TIME_ZONE' | 'HOST' | 'FIRM_NAME';
const isOneOf =
  (values: readonly string[]) =>
  (value: string): boolean =>
    values.includes(value);
const anyText = (): boolean => true;
// The settings simple enough to check without the schema, each with the schema's own test for a set value.
const PLAIN_CHECKS: Record<PlainKey, (value: string) => boolean> = {
  NODE_ENV: isOneOf(NODE_ENVS),
  LOG_LEVEL: isOneOf(LOG_LEVELS),
  DATA_DIR: anyText,
  TIME_ZONE: isTimeZone,
  HOST: anyText,
  FIRM_NAME: anyText,
};
/** Every setting the schema reads; the test in test/config keeps it equal to the schema's keys. */
export const SETTING_KEYS = [
  'NODE_ENV',
  'LOG_LEVEL',
  'DATA_DIR',
  'TIME_ZONE',
  'PORT',
  'HOST',
  'PUBLIC_URL',
  'FIRM_NAME',
  'FIRM_PHONE',
  'FIRM_EMAIL',
  'MicrosoftAppId',
  'MicrosoftAppPassword',
  'MicrosoftAppType',
  'MicrosoftAppTenantId',
  'DIRECT_LINE_SECRET',
  'DIRECT_LINE_DOMAIN',
  'SLACK_SIGNING_SECRET',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_HANDOFF_CHANNEL',
  'SLACK_API_URL',
  'HANDOFF_RENOTIFY_MINUTES',
  'SESSION_TTL_HOURS',
  'RETENTION_DAYS',
  'RATE_LIMIT_PER_MINUTE',
  'TRUST_PROXY',
] as const;

const isPlainKey = (key: string): key is PlainKey => Object.hasOwn(PLAIN_CHECKS, key);

/**
 * Pure: the config for an environment that sets only plain settings (NODE_ENV, LOG_LEVEL, DATA_DIR, TIME_ZONE,
 * HOST, FIRM_NAME) to valid values, equal to what the schema gives; undefined when anything else is set or a
 * value is bad, for the schema to decide and explain. The terminal starts without loading zod for its config.
 */
export function readPlainConfig(env: Env): Config | undefined {
  const values: EnvValues = { ...DEFAULTS };
  for (const key of SETTING_KEYS) {
    const value = env[key];
    // An empty value means "not set", as in the schema.
    if (value === undefined || value.trim() === '') continue;
    if (!isPlainKey(key) || !PLAIN_CHECKS[key](value)) return undefined;
    // Checked above with the schema's own test for this key.
    Object.assign(values, { [key]: value });
  }
  return toConfig(values);
}

/**
 * Like `loadConfig`, but loads the schema (and zod) only when the environment is not plain: the same config, or
 * the same message listing every problem.
 */
export async function loadConfigLazily(env: Env = readEnvironment()): Promise<Result<Config, string>> {
  const plain = readPlainConfig(env);
  if (plain) return ok(plain);
  const { loadConfig } = await import('./config.js');
  return loadConfig(env);
}
