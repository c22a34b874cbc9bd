import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import dotenv from 'dotenv';
import { describe, expect, it } from 'vitest';
import { loadConfig, readEnvironment } from '../../src/config/config.js';

const errorOf = (env: Record<string, string>): string => {
  const result = loadConfig(env);
  if (result.ok) throw new Error('expected an invalid configuration');
  return result.error;
};

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const result = loadConfig({});
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        nodeEnv: 'development',
        logLevel: 'info',
        dataDir: './data',
        timeZone: 'America/New_York',
        port: 3978,
        host: '127.0.0.1',
        firmName: 'Example Tax Law',
        microsoftAppType: 'MultiTenant',
        handoffRenotifyMinutes: 15,
        sessionTtlHours: 72,
        retentionDays: 365,
        rateLimitPerMinute: 60,
        publicUrl: undefined,
        slackBotToken: undefined,
      }),
    });
  });

  it('coerces numbers and maps names to camelCase', () => {
    const result = loadConfig({ PORT: '8080', RETENTION_DAYS: ' 30 ', MicrosoftAppId: 'app', FIRM_NAME: 'Acme' });
    expect(result.ok && result.value).toMatchObject({
      port: 8080,
      retentionDays: 30,
      microsoftAppId: 'app',
      firmName: 'Acme',
    });
  });

  it('treats an empty value as not set', () => {
    const result = loadConfig({ PORT: '', SLACK_BOT_TOKEN: '', PUBLIC_URL: '  ' });
    expect(result.ok && result.value).toMatchObject({ port: 3978, slackBotToken: undefined, publicUrl: undefined });
  });

  it('lists every bad value in one readable message, without echoing values', () => {
    const error = errorOf({
      PORT: '99999',
      LOG_LEVEL: 'loud',
      TIME_ZONE: 'Mars/Olympus',
      RATE_LIMIT_PER_MINUTE: 'lots',
      SLACK_BOT_TOKEN: 'secret-token',
    });
    expect(error).toMatch(/^Invalid configuration:/);
    for (const name of ['PORT', 'LOG_LEVEL', 'TIME_ZONE', 'RATE_LIMIT_PER_MINUTE', 'SLACK_BOT_TOKEN']) {
      expect(error).toContain(`- ${name}:`);
    }
    expect(error).not.toContain('secret-token');
  });

  it('asks for the settings a partial Bot Framework or Slack setup still needs', () => {
    const error = errorOf({
      MicrosoftAppId: 'app',
      MicrosoftAppType: 'SingleTenant',
      SLACK_BOT_TOKEN: 'xoxb-1',
    });
    expect(error).toContain('- MicrosoftAppTenantId:');
    expect(error).toContain('- SLACK_SIGNING_SECRET:');
  });

  it('reads TRUST_PROXY as a count of proxies or a list of them, and refuses to trust everyone', () => {
    const trust = (value: string) => {
      const result = loadConfig({ TRUST_PROXY: value });
      return result.ok ? result.value.trustProxy : result.error;
    };
    expect(trust('')).toBeUndefined();
    expect(trust('1')).toBe(1);
    expect(trust('loopback, 10.0.0.0/8')).toBe('loopback, 10.0.0.0/8');
    expect(trust('true')).toContain('TRUST_PROXY');
    expect(trust('10.0.0.0/8; rm')).toContain('TRUST_PROXY');
  });

  it('accepts .env.example, which names every variable', () => {
    const example = dotenv.parse(readFileSync('.env.example', 'utf8'));
    const result = loadConfig(example);
    expect(result.ok).toBe(true);
    const defaults = loadConfig({});
    const keys = defaults.ok ? Object.keys(defaults.value) : [];
    expect(Object.keys(example)).toHaveLength(keys.length);
  });
});

describe('readEnvironment', () => {
  it('reads a .env file without overriding or changing the real environment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tas-env-'));
    const file = join(dir, '.env');
    writeFileSync(file, 'TAS_TEST_ONLY_FILE=from-file\nPATH=from-file\n');
    try {
      const env = readEnvironment(file);
      expect(env.TAS_TEST_ONLY_FILE).toBe('from-file');
      expect(env.PATH).toBe(process.env.PATH);
      expect(process.env.TAS_TEST_ONLY_FILE).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads only the real environment when there is no file', () => {
    expect(readEnvironment('/nonexistent/.env').PATH).toBe(process.env.PATH);
  });
});
