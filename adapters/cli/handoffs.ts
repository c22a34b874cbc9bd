#!/usr/bin/env node
/** `npm run handoffs [-- --json]`: lists the stored hand-offs with their delivery state. */
import { loadConfig, renderHandoff, SqliteSessionStore } from '../../src/index.js';
import { exitQuietlyOnClosedPipe } from './closed-pipe.js';

async function main(): Promise<number> {
  const json = process.argv.includes('--json');
  const config = loadConfig();
  if (!config.ok) {
    process.stderr.write(`Configuration error: ${config.error}\n`);
    return 2;
  }
  const store = new SqliteSessionStore(config.value.dataDir);
  try {
    const records = await store.listHandoffs();
    if (json) {
      process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
      return 0;
    }
    if (records.length === 0) {
      process.stdout.write(`No hand-offs stored in ${config.value.dataDir}.\n`);
      return 0;
    }
    for (const r of records) {
      const delivery = `delivery: ${r.status}, ${r.attempts} attempt(s)${r.lastError ? `, last error: ${r.lastError}` : ''}`;
      const claim = r.claimedBy ? `claimed by ${r.claimedBy}` : 'unclaimed';
      process.stdout.write(`${renderHandoff(r.summary)}\n${delivery}; ${claim}\n${'-'.repeat(72)}\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}

exitQuietlyOnClosedPipe();

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Could not list hand-offs: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
