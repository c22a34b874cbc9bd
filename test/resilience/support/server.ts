import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** The program behind `npm start`, as built by `npm run build` (npm test builds first). */
export const SERVER_ENTRY = 'dist/adapters/server/main.js';

export type RunningServer = {
  url: string;
  output(): string;
  /** SIGKILL: no shutdown hooks, no flush; resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM, then SIGKILL after a grace period. */
  stop(): Promise<void>;
};

/** True when nothing listens on `port` on loopback now. */
async function isFree(port: number): Promise<boolean> {
  const probe = createServer();
  const bound = await new Promise<boolean>((resolve) => {
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => resolve(true));
  });
  if (bound) await new Promise((resolve) => probe.close(resolve));
  return bound;
}

/**
 * A free port below the ephemeral range (32768 and up on Linux), so that while the server is down for a
 * restart no other process asking for port 0 can be given it.
 */
export async function freePort(): Promise<number> {
  for (let tries = 0; tries < 50; tries += 1) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (await isFree(port)) return port;
  }
  throw new Error('no free port between 20000 and 32000');
}

function newestSource(dir: string): number {
  return readdirSync(dir).reduce((newest, name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) return Math.max(newest, newestSource(path));
    return name.endsWith('.ts') ? Math.max(newest, stat.mtimeMs) : newest;
  }, 0);
}

/** Fails without a build; warns when sources changed after it (the test would run yesterday's server). */
export function assertBuilt(): void {
  if (!existsSync(SERVER_ENTRY)) throw new Error(`${SERVER_ENTRY} is missing: run npm run build first`);
  const built = statSync(SERVER_ENTRY).mtimeMs;
  const changed = Math.max(...['src', 'adapters', 'dialogs'].map(newestSource));
  if (changed > built + 1_000) console.warn(`[resilience] sources changed after ${SERVER_ENTRY}: npm run build`);
}

/** Settings every resilience run shares: loopback, quiet logs, open bot, local Direct Line, generous rate limits. */
const baseEnv = (dataDir: string, port: number): Record<string, string> => ({
  PORT: String(port),
  HOST: '127.0.0.1',
  DATA_DIR: dataDir,
  LOG_LEVEL: 'warn',
  NODE_ENV: 'test',
  MicrosoftAppId: '',
  MicrosoftAppPassword: '',
  DIRECT_LINE_SECRET: '',
  DIRECT_LINE_DOMAIN: '',
  PUBLIC_URL: '',
  SLACK_SIGNING_SECRET: '',
  SLACK_BOT_TOKEN: '',
  SLACK_APP_TOKEN: '',
  SLACK_HANDOFF_CHANNEL: '',
  // Every client here shares one address; the limits are not what these tests are about.
  RATE_LIMIT_PER_MINUTE: '10000',
});

/** Starts the built server on `port` over `dataDir` and waits until it prints the page's address. */
export async function startServer(
  dataDir: string,
  port: number,
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
) {
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, SERVER_ENTRY], {
    cwd: process.cwd(),
    env: { ...process.env, ...baseEnv(dataDir, port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Server did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-200_000);
      if (output.includes('Website chat: ')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Server exited with ${code}:\n${output}`));
    });
  });
  const signal = async (name: NodeJS.Signals, graceMs: number) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(name);
    await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, graceMs))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await gone;
  };
  const server: RunningServer = {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    kill: () => signal('SIGKILL', 5_000),
    stop: () => signal('SIGTERM', 8_000),
  };
  return server;
}
