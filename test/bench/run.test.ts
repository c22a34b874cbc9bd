import { describe, expect, it } from 'vitest';
import { baselineSide } from '../../bench/lib/baseline-side.js';
import { conversations } from '../../bench/lib/conversations.js';
import { newCounters, openLive, playTurn } from '../../bench/lib/drive.js';
import { type InProcessSide, oursSide } from '../../bench/lib/sides.js';
import { type Spread, spread } from '../../bench/lib/stats.js';
import { type BenchResults, flatSummary, summaryTable } from '../../bench/lib/summary.js';
import { runBench } from '../../bench/run.js';
import type { HttpSideResult } from '../../bench/sections/http.js';
import type { InProcessResult } from '../../bench/sections/in-process.js';
import { MemorySessionStore } from '../../src/index.js';

async function playAll(side: InProcessSide) {
  const counters = newCounters();
  for (let n = 0; n < conversations.length; n++) {
    const live = openLive(side, n, 'test');
    while (!(await playTurn(side, live, counters)).done);
  }
  return counters;
}

const s = (median: number): Spread => spread([median]);

function makeInProcess(turnsPerSec: number, p99: number): InProcessResult {
  return {
    turnsPerSec: s(turnsPerSec),
    p50Ms: s(p99 / 4),
    p99Ms: s(p99),
    interleavedTurnsPerSec: s(turnsPerSec),
    counters: { turns: 1, finished: 1, reprompts: 0, abandoned: 0 },
  };
}

function makeHttp(rps: number): HttpSideResult {
  const level = { rps: s(rps), p50Ms: s(5), p99Ms: s(20), requests: 10, errors: 0, missing: 0, reprompts: 0 };
  return { levels: { c1: level, c16: level, c64: level }, rssIdleBytes: 1e8, rssAfterBytes: 1.2e8 };
}

function makeResults(): BenchResults {
  const memory = { count: 10, heapBytesPerConversation: 100, rssBytes: { before: 1e8, at10: 1e8 }, heapBytes: {} };
  return {
    mode: 'smoke',
    startedAt: '2026-11-25T12:00:00.000Z',
    node: 'v20',
    cpus: 2,
    inProcess: {
      baseline: makeInProcess(400, 30),
      ours: makeInProcess(9000, 0.5),
      'ours-sqlite': makeInProcess(3000, 1),
    },
    http: { ours: makeHttp(600), baseline: makeHttp(140), floor: makeHttp(280) },
    memory: {
      baseline: { ...memory, side: 'baseline', storedBytesPerConversation: 700 },
      'ours-memory': { ...memory, side: 'ours-memory' },
      'ours-sqlite': {
        ...memory,
        side: 'ours-sqlite',
        storedBytesPerConversation: 3000,
        storedRowBytesPerConversation: { state: 800, transcript: 1000, deliveries: 1200 },
      },
    },
    coldStart: {
      oursCliFirstPromptMs: s(250),
      oursServerFirstReplyMs: s(600),
      baselineInProcessFirstPromptMs: s(1100),
      baselineServerFirstReplyMs: s(1200),
    },
  };
}

describe('bench', () => {
  it('plays every scripted screening to its end on ours without a re-prompt', async () => {
    const counters = await playAll(oursSide(new MemorySessionStore()));
    expect(counters).toMatchObject({ finished: conversations.length, reprompts: 0, abandoned: 0 });
  });

  it('plays every scripted screening to its end on the botbuilder-dialogs baseline without a re-prompt', async () => {
    const counters = await playAll(baselineSide());
    expect(counters).toMatchObject({ finished: conversations.length, reprompts: 0, abandoned: 0 });
  });

  it('starts the three servers and loads them at smoke size with no errors or missing replies', async () => {
    const results = await runBench('smoke', () => undefined, ['http']);
    for (const side of ['ours', 'baseline', 'floor'] as const) {
      for (const level of Object.values(results.http?.[side].levels ?? {})) {
        expect(level).toMatchObject({ errors: 0, missing: 0 });
        expect(level.rps.median).toBeGreaterThan(0);
      }
    }
  }, 180_000);

  it('ends on a flat summary with the keys the issue asks for, and ratios of ours over the baseline', () => {
    const summary = flatSummary(makeResults());
    for (const key of [
      'inprocess_turns_per_sec_ratio',
      'http_rps_c64_ratio',
      'ours_p99_turn_ms',
      'ours_http_p99_ms_c64',
      'ours_stored_bytes_per_conversation',
      'ours_cli_first_prompt_ms',
    ]) {
      expect(Number.isFinite(summary[key]), key).toBe(true);
    }
    expect(summary.inprocess_turns_per_sec_ratio).toBe(22.5);
    expect(summary.target_inprocess_20x).toBe(true);
    expect(summary.http_rps_c64_floor_over_baseline).toBe(2);
    expect(summary.http_rps_c64_ours_over_floor).toBe(2.14);
    expect(Object.values(summary).every((v) => typeof v !== 'object')).toBe(true);
  });

  it('renders a table with one row per headline measure', () => {
    const table = summaryTable(makeResults());
    const lines = table.split('\n');
    expect(lines[0]).toBe('| measure | ours | baseline | ours / baseline | floor |');
    expect(lines.find((l) => l.startsWith('| HTTP c64: requests/s'))).toBe(
      '| HTTP c64: requests/s | 600 (600–600) | 140 (140–140) | 4.29 | 280 (280–280) |',
    );
    expect(
      lines.every((l) => l.split(' | ').length === 5),
      'every row has five cells',
    ).toBe(true);
  });
});
