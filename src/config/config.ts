import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type dotenv from 'dotenv';
import { z } from 'zod';
import { fail, ok, type Result } from '../result.js';

type Env = Record<string, string | undefined>;

// An empty value (`SLACK_BOT_TOKEN=` in .env) means "not set".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());
const text = () => optional(z.string().trim());
const int = (min: number, max: number, fallback: number) =>
  optional(
    z.coerce.number<string>({ error: 'Must be a whole number' }).int('Must be a whole number').min(min).max(max),
  ).transform((v) => v ?? fallback);
const withDefault = <T extends z.ZodType<string>>(schema: T, fallback: z.infer<T>) =>
  optional(schema).transform((v) => v ?? fallback);

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const envSchema = z
  .object({
    NODE_ENV: withDefault(z.enum(['development', 'production', 'test']), 'development'),
    LOG_LEVEL: withDefault(z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']), 'info'),
    DATA_DIR: withDefault(z.string(), './data'),
    TIME_ZONE: withDefault(z.string().refine(isTimeZone, 'Not an IANA time zone'), 'America/New_York'),
    PORT: int(0, 65_535, 3978),
    HOST: withDefault(z.string(), '127.0.0.1'),
    PUBLIC_URL: optional(z.url({ protocol: /^https?$/ })),
    FIRM_NAME: withDefault(z.string(), 'Example Tax Law'),
    FIRM_PHONE: text(),
    FIRM_EMAIL: optional(z.email()),
    MicrosoftAppId: text(),
    MicrosoftAppPassword: text(),
    MicrosoftAppType: withDefault(z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']), 'MultiTenant'),
    MicrosoftAppTenantId: text(),
    DIRECT_LINE_SECRET: text(),
    DIRECT_LINE_DOMAIN: optional(z.url()),
    SLACK_SIGNING_SECRET: text(),
    SLACK_BOT_TOKEN: optional(z.string().startsWith('xoxb-', 'Must start with xoxb-')),
    SLACK_APP_TOKEN: optional(z.string().startsWith('xapp-', 'Must start with xapp-')),
    SLACK_HANDOFF_CHANNEL: text(),
    SLACK_API_URL: optional(z.url()),
    HANDOFF_RENOTIFY_MINUTES: int(1, 10_080, 15),
    SESSION_TTL_HOURS: int(1, 8_760, 72),
    RETENTION_DAYS: int(1, 3_650, 365),
    RATE_LIMIT_PER_MINUTE: int(1, 10_000, 60),
    TRUST_PROXY: optional(
      z
        .string()
        .regex(
          /^(\d{1,2}|[\w.:/]+(\s*,\s*[\w.:/]+)*)$/,
          'A number of proxies, or addresses, subnets and loopback/linklocal/uniquelocal separated by commas',
        )
        .refine((value) => value !== 'true', 'true would trust any client; name the proxies or count them'),
    ),
  })
  .superRefine((env, ctx) => {
    const need = (when: boolean, path: string, message: string) => {
      if (when) ctx.addIssue({ code: 'custom', path: [path], message });
    };
    need(
      env.MicrosoftAppType === 'SingleTenant' && !!env.MicrosoftAppId && !env.MicrosoftAppTenantId,
      'MicrosoftAppTenantId',
      'Required when MicrosoftAppType is SingleTenant',
    );
    need(!!env.MicrosoftAppPassword && !env.MicrosoftAppId, 'MicrosoftAppId', 'Required with MicrosoftAppPassword');
    need(
      !!env.SLACK_BOT_TOKEN && !env.SLACK_SIGNING_SECRET && !env.SLACK_APP_TOKEN,
      'SLACK_SIGNING_SECRET',
      'Required with SLACK_BOT_TOKEN (or set SLACK_APP_TOKEN for socket mode)',
    );
    need(!!env.SLACK_HANDOFF_CHANNEL && !env.SLACK_BOT_TOKEN, 'SLACK_BOT_TOKEN', 'Required with SLACK_HANDOFF_CHANNEL');
  })
  .transform((env) => ({
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
  }));

/** The application's settings, camelCase; optional ones are undefined when not set. */
export type Config = z.output<typeof envSchema>;

/** Reads `process.env` over the values of `./.env` (if present): real variables win, process.env is not changed. */
export function readEnvironment(envFile = '.env'): Env {
  const fromFile: Env = {};
  if (existsSync(envFile)) {
    // Loaded only when there is a file to read: most runs have none, and start-up is shorter without it.
    const { config } = createRequire(import.meta.url)('dotenv') as typeof dotenv;
    config({ path: envFile, processEnv: fromFile as dotenv.DotenvPopulateInput, quiet: true });
  }
  return { ...fromFile, ...process.env };
}

/** Validates the environment; on failure, one readable message listing every problem (values are not echoed). */
export function loadConfig(env: Env = readEnvironment()): Result<Config, string> {
  const parsed = envSchema.safeParse(env);
  if (parsed.success) return ok(parsed.data);
  const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.') || '(environment)'}: ${issue.message}`);
  return fail(`Invalid configuration:\n${lines.join('\n')}`);
}
