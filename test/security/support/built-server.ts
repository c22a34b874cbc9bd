import { type ServerProcess, startServerProcess } from '../../helpers/server-process.js';

/** The real server, built (`dist/`), running as a child process on loopback. */
export type BuiltServer = ServerProcess;

/**
 * Starts `dist/adapters/server/main.js` (what `npm start` runs; `npm test` builds it first) on a free port
 * with an empty DATA_DIR (unless `env` names one), every integration off unless `env` turns it on, and its
 * log at info: these tests read it.
 */
export function startBuiltServer(env: Record<string, string> = {}, nodeArgs: readonly string[] = []) {
  return startServerProcess({ env: { LOG_LEVEL: 'info', ...env }, nodeArgs });
}
