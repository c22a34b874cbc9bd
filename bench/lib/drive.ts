import type { UserInput } from '../../src/index.js';
import { type Conversation, scriptFor } from './conversations.js';
import type { InProcessSide } from './sides.js';

/** A screening being driven: its script, the question now asked, and how far it got. */
export type Live = {
  id: string;
  script: Conversation;
  slot: string | undefined;
  started: boolean;
  repeated: boolean;
  turns: number;
};

/** A conversation stops after this many turns even if it never ends (a driver bug must not loop forever). */
export const MAX_TURNS = 40;

/** Interleaved conversations start this many different turns apart. */
const STAGGER = 12;

/** Counters a run keeps besides timings. */
export type DriveCounters = { turns: number; finished: number; reprompts: number; abandoned: number };

/** Pure: a fresh counter set. */
export function newCounters(): DriveCounters {
  return { turns: 0, finished: 0, reprompts: 0, abandoned: 0 };
}

let serial = 0;

/** Opens the n-th scripted conversation on `side` under a fresh id. */
export function openLive(side: InProcessSide, n: number, prefix: string): Live {
  const id = `${prefix}-${process.pid}-${++serial}`;
  side.open(id);
  return { id, script: scriptFor(n), slot: undefined, started: false, repeated: false, turns: 0 };
}

/** Pure: what the person does next in `live`. */
export function nextInput(side: InProcessSide, live: Live): UserInput {
  if (!live.started || live.slot === undefined) return { kind: 'start' };
  return { kind: 'text', text: side.answer(live.script, live.slot, live.repeated) };
}

/** Plays one turn of `live`; returns its duration in ms and whether the conversation is over. */
export async function playTurn(
  side: InProcessSide,
  live: Live,
  counters: DriveCounters,
): Promise<{ ms: number; done: boolean }> {
  const input = nextInput(side, live);
  const t0 = performance.now();
  const slot = await side.turn(live.id, input);
  const ms = performance.now() - t0;
  live.repeated = live.started && slot !== undefined && slot === live.slot;
  if (live.repeated) counters.reprompts++;
  live.started = true;
  live.slot = slot;
  live.turns++;
  counters.turns++;
  const finished = slot === undefined;
  const abandoned = !finished && live.turns >= MAX_TURNS;
  if (finished) counters.finished++;
  if (abandoned) counters.abandoned++;
  if (finished || abandoned) side.close(live.id);
  return { ms, done: finished || abandoned };
}

/** Runs conversations one after another for `turns` turns; returns every turn's duration and the wall time. */
export async function runSequential(
  side: InProcessSide,
  turns: number,
  counters: DriveCounters,
): Promise<{ durations: number[]; wallMs: number }> {
  const durations: number[] = [];
  let n = 0;
  let live = openLive(side, n++, 'seq');
  const t0 = performance.now();
  while (durations.length < turns) {
    const { ms, done } = await playTurn(side, live, counters);
    durations.push(ms);
    if (done) live = openLive(side, n++, 'seq');
  }
  return { durations, wallMs: performance.now() - t0 };
}

/** Conversations kept in flight together; a finished one is replaced by the next script. */
export type Pool = { lives: Live[]; next: number };

/** Opens `width` conversations and plays them (untimed) to staggered points, so every round mixes all questions. */
export async function openPool(side: InProcessSide, width: number): Promise<Pool> {
  const pool: Pool = { lives: [], next: 0 };
  const scratch = newCounters();
  for (let i = 0; i < width; i++) {
    let live = openLive(side, pool.next++, 'mix');
    for (let k = 0; k < i % STAGGER; k++) {
      if ((await playTurn(side, live, scratch)).done) live = openLive(side, pool.next++, 'mix');
    }
    pool.lives.push(live);
  }
  return pool;
}

/** Plays `rounds` rounds of one turn per pooled conversation, concurrently; returns the turns and the wall time. */
export async function runInterleaved(
  side: InProcessSide,
  pool: Pool,
  rounds: number,
  counters: DriveCounters,
): Promise<{ turns: number; wallMs: number }> {
  let turns = 0;
  const t0 = performance.now();
  for (let round = 0; round < rounds; round++) {
    const results = await Promise.all(pool.lives.map((live) => playTurn(side, live, counters)));
    turns += results.length;
    results.forEach((r, i) => {
      if (r.done) pool.lives[i] = openLive(side, pool.next++, 'mix');
    });
  }
  return { turns, wallMs: performance.now() - t0 };
}
