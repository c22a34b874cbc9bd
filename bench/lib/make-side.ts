import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InProcessSide } from './sides.js';

/** A side ready to drive, and how to release it. Each side loads only its own code (no SDK in ours, no core in the baseline). */
export type MadeSide = { side: InProcessSide; dataDir?: string; close(): Promise<void> };

/**
 * `baseline` (botbuilder-dialogs on MemoryStorage; `memory` receives what it stores), `ours` / `ours-memory`
 * (our assistant on the memory store) or `ours-sqlite` (on SQLite in a temp directory, removed on close).
 */
export async function makeSide(name: string, memory: Record<string, string> = {}): Promise<MadeSide> {
  if (name === 'baseline') {
    const { baselineSide } = await import('./baseline-side.js');
    return { side: baselineSide(memory), close: async () => {} };
  }
  const { MemorySessionStore, SqliteSessionStore } = await import('../../src/index.js');
  const { oursSide } = await import('./sides.js');
  if (name === 'ours-sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'tas-bench-'));
    const store = new SqliteSessionStore(dataDir);
    return {
      side: oursSide(store),
      dataDir,
      close: async () => {
        await store.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const store = new MemorySessionStore();
  return { side: oursSide(store), close: () => store.close() };
}
