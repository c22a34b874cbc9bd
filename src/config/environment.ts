import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type dotenv from 'dotenv';

/** Environment variables as read: a value, or undefined when not set. */
export type Env = Record<string, string | undefined>;

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
