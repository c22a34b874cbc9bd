import { z } from 'zod';
import { fail, ok, type Result } from '../result.js';
import { type Env, readEnvironment } from './environment.js';
import { DEFAULTS, isTimeZone, LOG_LEVELS, NODE_ENVS, toConfig } from './plain-config.js';

export { readEnvironment };

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

const envObject = z.object({
  NODE_ENV: withDefault(z.enum(NODE_ENVS), DEFAULTS.NODE_ENV),
  LOG_LEVEL: withDefault(z.enum(LOG_LEVELS), DEFAULTS.LOG_LEVEL),
  DATA_DIR: withDefault(z.string(), DEFAULTS.DATA_DIR),
  TIME_ZONE: withDefault(z.string().refine(isTimeZone, 'Not an IANA time zone'), DEFAULTS.TIME_ZONE),
  PORT: int(0, 65_535, DEFAULTS.PORT),
  HOST: withDefault(z.string(), DEFAULTS.HOST),
  PUBLIC_URL: optional(z.url({ protocol: /^https?$/ })),
  FIRM_NAME: withDefault(z.string(), DEFAULTS.FIRM_NAME),
  FIRM_PHONE: text(),
  FIRM_EMAIL: optional(z.email()),
  MicrosoftAppId: text(),
  MicrosoftAppPassword: text(),
  MicrosoftAppType: withDefault(z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']), DEFAULTS.MicrosoftAppType),
  MicrosoftAppTenantId: text(),
  DIRECT_LINE_SECRET: text(),
  DIRECT_LINE_DOMAIN: optional(z.url()),
  SLACK_SIGNING_SECRET: text(),
  SLACK_BOT_TOKEN: optional(z.string().startsWith('xoxb-', 'Must start with xoxb-')),
  SLACK_APP_TOKEN: optional(z.string().startsWith('xapp-', 'Must start with xapp-')),
  SLACK_HANDOFF_CHANNEL: text(),
  SLACK_API_URL: optional(z.url()),
  HANDOFF_RENOTIFY_MINUTES: int(1, 10_080, DEFAULTS.HANDOFF_RENOTIFY_MINUTES),
  SESSION_TTL_HOURS: int(1, 8_760, DEFAULTS.SESSION_TTL_HOURS),
  RETENTION_DAYS: int(1, 3_650, DEFAULTS.RETENTION_DAYS),
  RATE_LIMIT_PER_MINUTE: int(1, 10_000, DEFAULTS.RATE_LIMIT_PER_MINUTE),
  TRUST_PROXY: optional(
    z
      .string()
      .regex(
        /^(\d{1,2}|[\w.:/]+(\s*,\s*[\w.:/]+)*)$/,
        'A number of proxies, or addresses, subnets and loopback/linklocal/uniquelocal separated by commas',
      )
      .refine((value) => value !== 'true', 'true would trust any client; name the proxies or count them'),
  ),
});

/** The settings as validated, before their camelCase names (see `toConfig`). */
export type EnvValues = z.output<typeof envObject>;

const envSchema = envObject
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
  .transform(toConfig);

/** The application's settings, camelCase; optional ones are undefined when not set. */
export type Config = z.output<typeof envSchema>;

/** Validates the environment; on failure, one readable message listing every problem (values are not echoed). */
export function loadConfig(env: Env = readEnvironment()): Result<Config, string> {
  const parsed = envSchema.safeParse(env);
  if (parsed.success) return ok(parsed.data);
  const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.') || '(environment)'}: ${issue.message}`);
  return fail(`Invalid configuration:\n${lines.join('\n')}`);
}
