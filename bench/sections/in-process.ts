import { runWorker } from '../lib/proc.js';
import { type Spread, spread } from '../lib/stats.js';

/** Sizes of the in-process runs. */
export type InProcessPlan = { turns: number; runs: number; width: number; rounds: number };

/** The worker's report (bench/inprocess.ts). */
type WorkerReport = {
  sequential: { turnsPerSec: number[]; p50Ms: number[]; p99Ms: number[]; maxMs: number[] };
  interleaved: { turnsPerSec: number[] };
  counters: { turns: number; finished: number; reprompts: number; abandoned: number };
};

/** One side in-process: sequential turns/s and per-turn latency, interleaved turns/s, each over the runs. */
export type InProcessResult = {
  turnsPerSec: Spread;
  p50Ms: Spread;
  p99Ms: Spread;
  interleavedTurnsPerSec: Spread;
  counters: WorkerReport['counters'];
};

/** The sides measured in-process: the baseline, ours on the memory store, ours on SQLite. */
export const inProcessSides = ['baseline', 'ours', 'ours-sqlite'] as const;
export type InProcessSideName = (typeof inProcessSides)[number];

/** Runs each side in its own fresh process, one after another. */
export async function measureInProcess(
  plan: InProcessPlan,
  log: (line: string) => void,
): Promise<Record<InProcessSideName, InProcessResult>> {
  const out = {} as Record<InProcessSideName, InProcessResult>;
  for (const side of inProcessSides) {
    const argv = ['--side', side, ...Object.entries(plan).flatMap(([k, v]) => [`--${k}`, String(v)])];
    const report = (await runWorker('bench/inprocess', argv, ['--expose-gc'])) as WorkerReport;
    out[side] = {
      turnsPerSec: spread(report.sequential.turnsPerSec),
      p50Ms: spread(report.sequential.p50Ms),
      p99Ms: spread(report.sequential.p99Ms),
      interleavedTurnsPerSec: spread(report.interleaved.turnsPerSec),
      counters: report.counters,
    };
    log(
      `in-process ${side}: ${out[side].turnsPerSec.median} turns/s, p99 ${out[side].p99Ms.median} ms, ` +
        `interleaved ${out[side].interleavedTurnsPerSec.median} turns/s, reprompts ${report.counters.reprompts}`,
    );
  }
  return out;
}
