/**
 * `npm run bench [-- --quick] [--out FILE]`: ours against the usual botbuilder-dialogs build of the same
 * screening, in one run on this machine. Progress goes to stderr; stdout gets the table, the full JSON
 * and, last, one flat JSON summary line. Loopback only; every loop is bounded, and it stops by itself.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { pathToFileURL } from 'node:url';
import { readOptions } from './lib/args.js';
import { type BenchResults, flatSummary, summaryTable } from './lib/summary.js';
import { measureColdStart } from './sections/cold-start.js';
import { type HttpPlan, measureHttp } from './sections/http.js';
import { type InProcessPlan, measureInProcess } from './sections/in-process.js';
import { type MemoryPlan, measureMemory } from './sections/memory.js';

/** How big a run is: `full` for the numbers, `quick` for a look, `smoke` to check it works (tests). */
export type BenchMode = 'full' | 'quick' | 'smoke';

type Plan = { inProcess: InProcessPlan; http: HttpPlan; memory: MemoryPlan; coldStartRuns: number };

/** The sizes of each mode. Full: medians of 5 runs everywhere timings are taken. */
export const plans: Record<BenchMode, Plan> = {
  full: {
    inProcess: { turns: 1500, runs: 5, width: 1000, rounds: 3 },
    http: {
      levels: [
        { concurrency: 1, requests: 150 },
        { concurrency: 16, requests: 480 },
        { concurrency: 64, requests: 960 },
      ],
      runs: 5,
      warmupRequests: 300,
    },
    memory: { count: 10_000, checkpoint: 1_000, answers: 2 },
    coldStartRuns: 5,
  },
  quick: {
    inProcess: { turns: 400, runs: 3, width: 200, rounds: 2 },
    http: {
      levels: [
        { concurrency: 1, requests: 40 },
        { concurrency: 16, requests: 160 },
        { concurrency: 64, requests: 320 },
      ],
      runs: 3,
      warmupRequests: 100,
    },
    memory: { count: 1_000, checkpoint: 200, answers: 2 },
    coldStartRuns: 3,
  },
  smoke: {
    inProcess: { turns: 40, runs: 1, width: 10, rounds: 1 },
    http: {
      levels: [
        { concurrency: 1, requests: 4 },
        { concurrency: 16, requests: 16 },
        { concurrency: 64, requests: 64 },
      ],
      runs: 1,
      warmupRequests: 4,
    },
    memory: { count: 20, checkpoint: 10, answers: 2 },
    coldStartRuns: 1,
  },
};

/** The parts of a run, in the order they run. */
export const sections = ['in-process', 'http', 'memory', 'cold-start'] as const;
export type Section = (typeof sections)[number];

/** Runs the sections of `mode` in order (all of them unless `only` says otherwise) and returns what they measured. */
export async function runBench(
  mode: BenchMode,
  log: (line: string) => void,
  only: readonly Section[] = sections,
): Promise<Partial<BenchResults> & Pick<BenchResults, 'mode' | 'startedAt' | 'node' | 'cpus'>> {
  const plan = plans[mode];
  const results: Partial<BenchResults> & Pick<BenchResults, 'mode' | 'startedAt' | 'node' | 'cpus'> = {
    mode,
    startedAt: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
  };
  const run = (section: Section) => {
    if (!only.includes(section)) return false;
    log(`bench ${mode}: ${section}`);
    return true;
  };
  if (run('in-process')) results.inProcess = await measureInProcess(plan.inProcess, log);
  if (run('http')) results.http = await measureHttp(plan.http, log);
  if (run('memory')) results.memory = await measureMemory(plan.memory, log);
  if (run('cold-start')) results.coldStart = await measureColdStart(plan.coldStartRuns, log);
  return results;
}

function isComplete(r: Partial<BenchResults>): r is BenchResults {
  return r.inProcess !== undefined && r.http !== undefined && r.memory !== undefined && r.coldStart !== undefined;
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const mode: BenchMode = options.has('smoke') ? 'smoke' : options.has('quick') ? 'quick' : 'full';
  const results = await runBench(mode, (line) => process.stderr.write(`${line}\n`));
  if (!isComplete(results)) throw new Error('a section did not report');
  const summary = flatSummary(results);
  const out = options.get('out');
  if (out) writeFileSync(out, `${JSON.stringify({ results, summary }, null, 2)}\n`);
  process.stdout.write(`${summaryTable(results)}\n\n${JSON.stringify(results)}\n${JSON.stringify(summary)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
