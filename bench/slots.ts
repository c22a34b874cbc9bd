/**
 * Worker: time per turn by the question it answers, on one side, one conversation at a time; prints a table.
 * usage: node --expose-gc dist/bench/slots.js --side ours --turns 6000 [--warmup 600]
 */
import { intOption, readOptions } from './lib/args.js';
import { type Live, newCounters, openLive, playTurn } from './lib/drive.js';
import { makeSide } from './lib/make-side.js';
import { percentile, round } from './lib/stats.js';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const sideName = options.get('side') ?? 'ours';
  const turns = intOption(options, 'turns', 6000);
  const warmup = intOption(options, 'warmup', 600);
  const { side, close } = await makeSide(sideName);
  const counters = newCounters();
  const bySlot = new Map<string, number[]>();
  const cpuBySlot = new Map<string, number[]>();
  const all: number[] = [];
  const allCpu: number[] = [];
  let n = 0;
  let live: Live = openLive(side, n++, 'slots');
  for (let i = 0; i < warmup + turns; i++) {
    if (i === warmup) gc();
    const answering = live.started ? (live.slot ?? 'end') : 'start';
    const cpu = process.cpuUsage();
    const { ms, done } = await playTurn(side, live, counters);
    const used = process.cpuUsage(cpu);
    if (i >= warmup) {
      // CPU time is not inflated by the other processes sharing the cores: the steadier number for A/B.
      const cpuMs = (used.user + used.system) / 1000;
      all.push(ms);
      allCpu.push(cpuMs);
      const list = bySlot.get(answering) ?? [];
      list.push(ms);
      bySlot.set(answering, list);
      const cpuList = cpuBySlot.get(answering) ?? [];
      cpuList.push(cpuMs);
      cpuBySlot.set(answering, cpuList);
    }
    if (done) live = openLive(side, n++, 'slots');
  }
  await close();
  const p99 = percentile(all, 99);
  const mean = (list: readonly number[]) => list.reduce((a, b) => a + b, 0) / list.length;
  const rows = [...bySlot.entries()].map(([slot, list]) => ({
    slot,
    count: list.length,
    cpuMeanMs: round(mean(cpuBySlot.get(slot) ?? []), 3),
    cpuP50Ms: round(percentile(cpuBySlot.get(slot) ?? [], 50), 3),
    meanMs: round(mean(list), 3),
    p50Ms: round(percentile(list, 50), 3),
    p99Ms: round(percentile(list, 99), 3),
    over1ms: list.filter((ms) => ms > 1).length,
    overP99: list.filter((ms) => ms > p99).length,
  }));
  rows.sort((a, b) => b.cpuMeanMs - a.cpuMeanMs);
  console.table(rows);
  process.stdout.write(
    `${JSON.stringify({ turns: all.length, cpuMeanMs: round(mean(allCpu), 4), cpuP99Ms: round(percentile(allCpu, 99), 3), meanMs: round(mean(all), 4), p50Ms: round(percentile(all, 50), 3), p99Ms: round(p99, 3), reprompts: counters.reprompts, dearest: Object.fromEntries(rows.slice(0, 3).map((r) => [r.slot, r.cpuMeanMs])) })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
