import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The real server, built (`dist/`), running as a child process on loopback. */
export type BuiltServer = {
  url: string;
  dataDir: string;
  pid: number;
  /** Everything it wrote to stdout and stderr so far (its JSON log lines). */
  output(): string;
  /** Resident memory in kB, from /proc. */
  rssKb(): number;
  isAlive(): boolean;
  /** SIGTERM (a clean shutdown), SIGKILL after 8 s; the data directory stays for inspection. */
  stop(): Promise<void>;
  /** Stops it if needed and deletes its data directory. */
  remove(): Promise<void>;
};

const root = join(import.meta.dirname, '..', '..', '..');
const entry = join(root, 'dist', 'adapters', 'server', 'main.js');

/**
 * Starts `dist/adapters/server/main.js` (what `npm start` runs; `npm test` builds it first) on a free
 * port with an empty DATA_DIR (unless `env` names one), every integration off unless `env` turns it on.
 */
export async function startBuiltServer(
  env: Record<string, string> = {},
  nodeArgs: readonly string[] = [],
): Promise<BuiltServer> {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build`);
  const dataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'tas-security-'));
  const child = spawn(process.execPath, [...nodeArgs, entry], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
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
      ...env,
      DATA_DIR: dataDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Server did not start:\n${seen}`)), 30_000);
    const read = (chunk: Buffer) => {
      const text = chunk.toString();
      chunks.push(text);
      seen += text;
      const found = /Website chat: (http\S+?)\/?\s/.exec(seen);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1].replace('localhost', '127.0.0.1'));
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Server exited with ${code}:\n${seen}`));
    });
  });
  child.once('exit', (code, signal) => chunks.push(`\n[server exited: code ${code}, signal ${signal}]\n`));
  return {
    url,
    dataDir,
    pid: child.pid ?? 0,
    output: () => chunks.join(''),
    rssKb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
    },
    isAlive: () => child.exitCode === null && child.signalCode === null,
    stop: () => stopChild(child),
    remove: async () => {
      await stopChild(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 8_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}
