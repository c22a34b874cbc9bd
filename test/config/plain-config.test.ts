import { readFileSync } from 'node:fs';
import dotenv from 'dotenv';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { loadConfigLazily, readPlainConfig, SETTING_KEYS } from '../../src/config/plain-config.js';

const plainEnvironments: Record<string, string>[] = [
  {},
  { DATA_DIR: '/tmp/tas data ', LOG_LEVEL: 'debug', TIME_ZONE: 'America/Chicago', NODE_ENV: 'test' },
  { HOST: '0.0.0.0', FIRM_NAME: ' Acme Tax ', PATH: '/usr/bin', HOME: '/root' },
  { PORT: '', SLACK_BOT_TOKEN: '  ', PUBLIC_URL: '', LOG_LEVEL: 'silent' },
];
const otherEnvironments: Record<string, string>[] = [
  { PORT: '8080' },
  { LOG_LEVEL: 'loud' },
  { TIME_ZONE: 'Mars/Olympus' },
  { NODE_ENV: 'staging', DATA_DIR: './x' },
  { SLACK_BOT_TOKEN: 'xoxb-1' },
  { MicrosoftAppId: 'app', MicrosoftAppType: 'SingleTenant' },
  { TRUST_PROXY: '1' },
];

describe('readPlainConfig', () => {
  it('gives what the schema gives for an environment of plain settings', () => {
    for (const env of plainEnvironments) {
      // Strict: the same keys too, the unset ones present and undefined.
      const plain = readPlainConfig(env);
      expect(plain).toBeDefined();
      expect(loadConfig(env)).toStrictEqual({ ok: true, value: plain });
    }
  });

  it('leaves the schema to decide when anything else is set, or a value is bad', () => {
    for (const env of otherEnvironments) expect(readPlainConfig(env)).toBeUndefined();
  });

  it('knows every setting the schema reads', () => {
    const example = dotenv.parse(readFileSync('.env.example', 'utf8'));
    expect([...SETTING_KEYS].sort()).toEqual(Object.keys(example).sort());
  });
});

describe('loadConfigLazily', () => {
  it('gives the same result and the same message as loadConfig', async () => {
    for (const env of [...plainEnvironments, ...otherEnvironments]) {
      expect(await loadConfigLazily(env)).toStrictEqual(loadConfig(env));
    }
  });
});
