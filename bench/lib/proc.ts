import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** Whether the bench runs from its TypeScript sources (tests, tsx) rather than from `dist/`. */
export const fromSource = import.meta.url.endsWith('.ts');
/** The project's root, from `bench/lib` or `dist/bench/lib`. */
export const projectRoot = fromSource ? resolve(here, '../..') : resolve(here, '../../..');

/**
 * The node arguments that run one of the project's programs, given its path from the root without extension
 * (`adapters/cli/main`): the built file in `dist/`, or the source through tsx when the bench runs from source.
 */
export function programArgs(path: string): string[] {
  return fromSource ? ['--import', 'tsx', join(projectRoot, `${path}.ts`)] : [join(projectRoot, 'dist', `${path}.js`)];
}

/** Starts `node <args>` in the project root with `env` added; stdout and stderr are piped unless `quiet`. */
export function spawnNode(args: string[], env: Record<string, string>, quiet = false): ChildProcess {
  return spawn(process.execPath, args, {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: quiet ? ['pipe', 'ignore', 'ignore'] : ['pipe', 'pipe', 'pipe'],
  });
}

/** Runs a worker program to its end; resolves to its last stdout line parsed as JSON. */
export function runWorker(path: string, argv: string[], nodeFlags: string[] = []): Promise<unknown> {
  return new Promise((resolvePromise, reject) => {
    const child = spawnNode([...nodeFlags, ...programArgs(path), ...argv], {});
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0) return reject(new Error(`${path} exited with ${code}: ${err.trim().slice(-2000)}`));
      try {
        resolvePromise(JSON.parse(last) as unknown);
      } catch {
        reject(new Error(`${path} printed no JSON: ${last.slice(0, 200)} ${err.trim().slice(-500)}`));
      }
    });
  });
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePromise(port));
    });
  });
}

/** Resolves once something accepts TCP connections on `port`; rejects after `timeoutMs`. */
export async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const open = await new Promise<boolean>((resolvePromise) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolvePromise(true);
      });
      socket.once('error', () => resolvePromise(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`nothing listened on port ${port} within ${timeoutMs} ms`);
}

/** Stops a child with SIGTERM (SIGKILL after `graceMs`) and resolves when it has exited. */
export function stopChild(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolvePromise();
    });
    child.kill('SIGTERM');
  });
}

/** The resident set size of a process in bytes, from /proc (NaN where /proc is not available). */
export function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}
