/**
 * Worker: in-process throughput and per-turn latency of one side, printed as one JSON line.
 * usage: node dist/bench/inprocess.js --side ours|ours-sqlite|baseline --turns N --runs R --width K --rounds M
 */
import { intOption, readOptions } from './lib/args.js';
import { newCounters, openPool, runInterleaved, runSequential } from './lib/drive.js';
import { makeSide } from './lib/make-side.js';
import { percentile, round } from './lib/stats.js';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const sideName = options.get('side') ?? 'ours';
  const turns = intOption(options, 'turns', 1000);
  const runs = intOption(options, 'runs', 5);
  const width = intOption(options, 'width', 1000);
  const rounds = intOption(options, 'rounds', 3);
  const { side, close } = await makeSide(sideName);

  const counters = newCounters();
  await runSequential(side, Math.min(turns, 300), counters); // warm-up: JIT, lazy training, caches
  const sequential = {
    turnsPerSec: [] as number[],
    p50Ms: [] as number[],
    p99Ms: [] as number[],
    maxMs: [] as number[],
    cpuUsPerTurn: [] as number[],
  };
  const interleaved = { turnsPerSec: [] as number[] };
  const pool = await openPool(side, width);
  for (let run = 0; run < runs; run++) {
    gc();
    const cpu = process.cpuUsage();
    const seq = await runSequential(side, turns, counters);
    const used = process.cpuUsage(cpu);
    // CPU time per turn: steadier than wall time on a shared machine, so the better number for A/B comparisons.
    sequential.cpuUsPerTurn.push(round((used.user + used.system) / seq.durations.length, 1));
    sequential.turnsPerSec.push(round((seq.durations.length / seq.wallMs) * 1000, 1));
    sequential.p50Ms.push(round(percentile(seq.durations, 50), 3));
    sequential.p99Ms.push(round(percentile(seq.durations, 99), 3));
    sequential.maxMs.push(round(Math.max(...seq.durations), 3));
    gc();
    const mix = await runInterleaved(side, pool, rounds, counters);
    interleaved.turnsPerSec.push(round((mix.turns / mix.wallMs) * 1000, 1));
  }
  await close();
  process.stdout.write(
    `${JSON.stringify({ side: sideName, turns, width, rounds, sequential, interleaved, counters })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
