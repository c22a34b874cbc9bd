/**
 * Worker: heap and stored bytes per parked conversation (one waiting for its next answer), printed as one JSON line.
 * usage: node --expose-gc dist/bench/memory.js --side baseline|ours-memory|ours-sqlite --count N [--answers K]
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { intOption, readOptions } from './lib/args.js';
import { newCounters, openLive, playTurn, runSequential } from './lib/drive.js';
import { makeSide } from './lib/make-side.js';
import type { InProcessSide } from './lib/sides.js';
import { round } from './lib/stats.js';

const gc = (globalThis as { gc?: () => void }).gc;

function settledHeap(): { heap: number; rss: number; external: number } {
  for (let i = 0; i < 3; i++) gc?.();
  const usage = process.memoryUsage();
  return { heap: usage.heapUsed, rss: usage.rss, external: usage.external + usage.arrayBuffers };
}

function dirBytes(dir: string): number {
  return readdirSync(dir).reduce((n, name) => n + statSync(join(dir, name)).size, 0);
}

/** Bytes on disk after a checkpoint, and what the rows hold per conversation, read over a second connection. */
function sqliteBytes(dir: string): { file: number; state: number; transcript: number; deliveries: number } {
  const db = new Database(join(dir, 'tas.sqlite'));
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    const sum = (sql: string) => Number((db.prepare(sql).get() as { n: number | null }).n ?? 0);
    return {
      file: dirBytes(dir),
      state: sum('SELECT sum(length(CAST(state AS BLOB)) + length(conversation_id) + 8) AS n FROM sessions'),
      transcript: sum(
        'SELECT sum(length(CAST(text AS BLOB)) + length(conversation_id) + length(sender) + coalesce(length(slot), 0) + 16) AS n FROM transcript',
      ),
      deliveries: sum(
        'SELECT sum(length(CAST(outputs AS BLOB)) + length(conversation_id) + length(delivery_id) + 8) AS n FROM deliveries',
      ),
    };
  } finally {
    db.close();
  }
}

async function park(side: InProcessSide, count: number, answers: number): Promise<void> {
  const counters = newCounters();
  for (let n = 0; n < count; n++) {
    const live = openLive(side, n, 'park');
    for (let t = 0; t <= answers; t++) {
      const { done } = await playTurn(side, live, counters);
      if (done) break;
    }
    side.close(live.id); // drops the driver's own per-conversation objects; the bot keeps what it stored
  }
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const sideName = options.get('side') ?? 'ours-sqlite';
  const count = intOption(options, 'count', 10_000);
  const answers = intOption(options, 'answers', 2);
  const checkpoint = Math.min(count, intOption(options, 'checkpoint', 1_000));
  const memory: Record<string, string> = {};
  const { side, dataDir, close } = await makeSide(sideName, memory);

  await runSequential(side, 200, newCounters()); // warm-up: load, JIT, lazy training
  const keysBefore = Object.keys(memory).length;
  const diskBefore = dataDir ? sqliteBytes(dataDir) : undefined;
  const before = settledHeap();
  await park(side, checkpoint, answers);
  const atCheckpoint = settledHeap();
  await park(side, count - checkpoint, answers);
  const after = settledHeap();

  const result: Record<string, unknown> = {
    side: sideName,
    count,
    answersBeforeParking: answers,
    heapBytesPerConversation: round((after.heap - before.heap) / count, 0),
    heapBytesBefore: before.heap,
    heapBytesAfter: after.heap,
    rssBytes: { before: before.rss, [`at${checkpoint}`]: atCheckpoint.rss, [`at${count}`]: after.rss },
    heapBytes: { before: before.heap, [`at${checkpoint}`]: atCheckpoint.heap, [`at${count}`]: after.heap },
    externalBytes: { before: before.external, [`at${count}`]: after.external },
  };
  if (sideName === 'baseline') {
    const entries = Object.entries(memory).slice(keysBefore);
    const bytes = entries.reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v ?? ''), 0);
    result.storedBytesPerConversation = round(bytes / Math.max(1, entries.length), 0);
  }
  if (dataDir && diskBefore) {
    const disk = sqliteBytes(dataDir);
    const per = (n: number, m: number) => round((n - m) / count, 0);
    result.storedBytesPerConversation = per(disk.file, diskBefore.file);
    result.storedRowBytesPerConversation = {
      state: per(disk.state, diskBefore.state),
      transcript: per(disk.transcript, diskBefore.transcript),
      deliveries: per(disk.deliveries, diskBefore.deliveries),
    };
  }
  await close();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
