import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** The program behind `npm start`, as built by `npm run build` (npm test builds first). */
export const SERVER_ENTRY = join(root, 'dist', 'adapters', 'server', 'main.js');

/** The real server, running as a child process on loopback. */
export type ServerProcess = {
  url: string;
  dataDir: string;
  pid: number;
  /** Everything it wrote to stdout and stderr so far (its JSON log lines). */
  output(): string;
  /** Resident memory in kB, from /proc. */
  rssKb(): number;
  isAlive(): boolean;
  /** SIGKILL: no shutdown hooks, no flush; resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM (a clean shutdown), SIGKILL after 8 s; the data directory stays. */
  stop(): Promise<void>;
  /** Stops it if needed and deletes its data directory. */
  remove(): Promise<void>;
};

export type ServerOptions = {
  /** Settings over the defaults below; DATA_DIR defaults to a new temporary directory. */
  env?: Record<string, string>;
  /** PORT; 0 (the default) lets the system choose. */
  port?: number;
  nodeArgs?: readonly string[];
};

/**
 * Every integration off and the bot open, whatever `.env` says (empty means "not set"): loopback, the
 * local Direct Line, no Slack.
 */
const isolated: Record<string, string> = {
  HOST: '127.0.0.1',
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
  SLACK_API_URL: '',
};

/** Starts the built server and waits until it prints the page's address. */
export async function startServerProcess(options: ServerOptions = {}): Promise<ServerProcess> {
  if (!existsSync(SERVER_ENTRY)) throw new Error(`${SERVER_ENTRY} is missing: run npm run build first`);
  const dataDir = options.env?.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'tas-server-'));
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER_ENTRY], {
    cwd: root,
    env: { ...process.env, ...isolated, PORT: String(options.port ?? 0), ...options.env, DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: string[] = [];
  const output = () => chunks.join('');
  child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Server did not start:\n${output()}`)), 60_000);
    const read = () => {
      const found = /Website chat: (http\S+?)\/?\s/.exec(output());
      if (!found?.[1]) return;
      clearTimeout(timer);
      child.stdout?.off('data', read);
      child.stderr?.off('data', read);
      resolve(found[1].replace('localhost', '127.0.0.1'));
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Server exited with ${code}:\n${output()}`));
    });
  });
  child.once('exit', (code, signal) => chunks.push(`\n[server exited: code ${code}, signal ${signal}]\n`));
  const isAlive = () => child.exitCode === null && child.signalCode === null;
  const signal = async (name: NodeJS.Signals, graceMs: number) => {
    if (!isAlive()) return;
    child.kill(name);
    await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, graceMs))]);
    if (isAlive()) child.kill('SIGKILL');
    await gone;
  };
  return {
    url,
    dataDir,
    pid: child.pid ?? 0,
    output,
    rssKb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
    },
    isAlive,
    kill: () => signal('SIGKILL', 5_000),
    stop: () => signal('SIGTERM', 8_000),
    remove: async () => {
      await signal('SIGTERM', 8_000);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
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
  const changed = Math.max(...['src', 'adapters', 'dialogs'].map((dir) => newestSource(join(root, dir))));
  if (changed > built + 1_000) console.warn(`[tests] sources changed after ${SERVER_ENTRY}: npm run build`);
}
