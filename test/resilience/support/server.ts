import { createServer } from 'node:net';
import { type ServerProcess, startServerProcess } from '../../helpers/server-process.js';

export { assertBuilt } from '../../helpers/server-process.js';

export type RunningServer = ServerProcess;

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

/** Starts the built server on `port` over `dataDir` (kept on stop: a restart continues on it). */
export function startServer(
  dataDir: string,
  port: number,
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<RunningServer> {
  // Every client here shares one address; the limits are not what these tests are about.
  return startServerProcess({ port, nodeArgs, env: { RATE_LIMIT_PER_MINUTE: '10000', ...env, DATA_DIR: dataDir } });
}
