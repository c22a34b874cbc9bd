import type { HttpSide } from '../http/load.js';
import type { ColdStartResult } from '../sections/cold-start.js';
import type { HttpSideResult } from '../sections/http.js';
import type { InProcessResult, InProcessSideName } from '../sections/in-process.js';
import type { MemoryReport } from '../sections/memory.js';
import { ratio, round } from './stats.js';

/** Everything one `npm run bench` measured. */
export type BenchResults = {
  mode: string;
  startedAt: string;
  node: string;
  cpus: number;
  inProcess: Record<InProcessSideName, InProcessResult>;
  http: Record<HttpSide, HttpSideResult>;
  memory: Record<'baseline' | 'ours-memory' | 'ours-sqlite', MemoryReport>;
  coldStart: ColdStartResult;
};

/** One flat line: scalar values only, so a CI step or a README can read it at a glance. */
export type FlatSummary = Record<string, number | string | boolean>;

const mb = (bytes: number | undefined) => (bytes === undefined ? Number.NaN : round(bytes / 1024 / 1024, 1));

/** Pure: the flat summary (medians; ratios are ours over the baseline in the same run). */
export function flatSummary(r: BenchResults): FlatSummary {
  const ours = r.inProcess.ours;
  const base = r.inProcess.baseline;
  const sqlite = r.inProcess['ours-sqlite'];
  const out: FlatSummary = {
    mode: r.mode,
    inprocess_turns_per_sec_ratio: ratio(ours.turnsPerSec.median, base.turnsPerSec.median),
    inprocess_interleaved_turns_per_sec_ratio: ratio(
      ours.interleavedTurnsPerSec.median,
      base.interleavedTurnsPerSec.median,
    ),
    http_rps_c64_ratio: ratio(
      r.http.ours.levels.c64?.rps.median ?? Number.NaN,
      r.http.baseline.levels.c64?.rps.median ?? 0,
    ),
    ours_p99_turn_ms: ours.p99Ms.median,
    ours_http_p99_ms_c64: r.http.ours.levels.c64?.p99Ms.median ?? Number.NaN,
    ours_stored_bytes_per_conversation: r.memory['ours-sqlite'].storedBytesPerConversation ?? Number.NaN,
    ours_cli_first_prompt_ms: r.coldStart.oursCliFirstPromptMs.median,
    ours_turns_per_sec: ours.turnsPerSec.median,
    baseline_turns_per_sec: base.turnsPerSec.median,
    ours_p50_turn_ms: ours.p50Ms.median,
    baseline_p50_turn_ms: base.p50Ms.median,
    baseline_p99_turn_ms: base.p99Ms.median,
    ours_interleaved_turns_per_sec: ours.interleavedTurnsPerSec.median,
    baseline_interleaved_turns_per_sec: base.interleavedTurnsPerSec.median,
    ours_sqlite_turns_per_sec: sqlite.turnsPerSec.median,
    ours_sqlite_p99_turn_ms: sqlite.p99Ms.median,
  };
  for (const level of Object.keys(r.http.ours.levels)) {
    const o = r.http.ours.levels[level];
    const b = r.http.baseline.levels[level];
    if (!o || !b) continue;
    if (level !== 'c64') out[`http_rps_${level}_ratio`] = ratio(o.rps.median, b.rps.median);
    out[`ours_http_rps_${level}`] = o.rps.median;
    out[`baseline_http_rps_${level}`] = b.rps.median;
    out[`ours_http_p50_ms_${level}`] = o.p50Ms.median;
    if (level !== 'c64') out[`ours_http_p99_ms_${level}`] = o.p99Ms.median;
    out[`baseline_http_p99_ms_${level}`] = b.p99Ms.median;
  }
  const floorC64 = r.http.floor?.levels.c64?.rps.median;
  if (floorC64 !== undefined) {
    // The floor is the most any CloudAdapter bot serves here: floor over baseline bounds the HTTP ratio.
    out.floor_http_rps_c64 = floorC64;
    out.http_rps_c64_floor_over_baseline = ratio(floorC64, r.http.baseline.levels.c64?.rps.median ?? 0);
    out.http_rps_c64_ours_over_floor = ratio(r.http.ours.levels.c64?.rps.median ?? Number.NaN, floorC64);
  }
  const levels = [...Object.values(r.http.ours.levels), ...Object.values(r.http.baseline.levels)];
  out.http_errors = levels.reduce((n, l) => n + l.errors, 0);
  out.http_missing_replies = levels.reduce((n, l) => n + l.missing, 0);
  out.ours_server_rss_mb_after_http = mb(r.http.ours.rssAfterBytes);
  out.baseline_server_rss_mb_after_http = mb(r.http.baseline.rssAfterBytes);
  const sqliteMem = r.memory['ours-sqlite'];
  out.ours_state_bytes_per_conversation = sqliteMem.storedRowBytesPerConversation?.state ?? Number.NaN;
  out.baseline_stored_bytes_per_conversation = r.memory.baseline.storedBytesPerConversation ?? Number.NaN;
  out.ours_heap_bytes_per_conversation = r.memory['ours-memory'].heapBytesPerConversation;
  out.ours_sqlite_heap_bytes_per_conversation = sqliteMem.heapBytesPerConversation;
  out.baseline_heap_bytes_per_conversation = r.memory.baseline.heapBytesPerConversation;
  for (const [at, bytes] of Object.entries(sqliteMem.rssBytes)) out[`ours_sqlite_rss_mb_${at}`] = mb(bytes);
  out.ours_server_first_reply_ms = r.coldStart.oursServerFirstReplyMs.median;
  out.baseline_first_prompt_ms = r.coldStart.baselineInProcessFirstPromptMs.median;
  out.baseline_server_first_reply_ms = r.coldStart.baselineServerFirstReplyMs.median;
  out.target_inprocess_20x = Number(out.inprocess_turns_per_sec_ratio) >= 20;
  out.target_p99_turn_under_1ms = ours.p99Ms.median < 1;
  out.target_http_3x_c64 = Number(out.http_rps_c64_ratio) >= 3;
  out.target_http_p99_c64_under_100ms = Number(out.ours_http_p99_ms_c64) < 100;
  out.target_stored_under_4kb = Number(out.ours_stored_bytes_per_conversation) <= 4096;
  out.target_cli_first_prompt_under_300ms = r.coldStart.oursCliFirstPromptMs.median < 300;
  return out;
}

const COLUMNS = 5;

/** A table row, padded to the table's columns (only the HTTP rows have a floor). */
function row(cells: readonly (string | number)[]): string {
  const padded = [...cells.map(String), ...Array<string>(Math.max(0, COLUMNS - cells.length)).fill('')];
  return `| ${padded.join(' | ')} |`;
}

/** Pure: a short Markdown table of the headline numbers (medians, with min–max over the runs). */
export function summaryTable(r: BenchResults): string {
  const range = (s: { median: number; min: number; max: number }) => `${s.median} (${s.min}–${s.max})`;
  const ip = r.inProcess;
  const lines = [
    row(['measure', 'ours', 'baseline', 'ours / baseline', 'floor']),
    row(['---', '---:', '---:', '---:', '---:']),
    row([
      'in-process turns/s, one conversation',
      range(ip.ours.turnsPerSec),
      range(ip.baseline.turnsPerSec),
      ratio(ip.ours.turnsPerSec.median, ip.baseline.turnsPerSec.median),
    ]),
    row([
      'in-process turns/s, 1,000 interleaved',
      range(ip.ours.interleavedTurnsPerSec),
      range(ip.baseline.interleavedTurnsPerSec),
      ratio(ip.ours.interleavedTurnsPerSec.median, ip.baseline.interleavedTurnsPerSec.median),
    ]),
    row([
      'in-process p50 / p99 turn, ms',
      `${ip.ours.p50Ms.median} / ${ip.ours.p99Ms.median}`,
      `${ip.baseline.p50Ms.median} / ${ip.baseline.p99Ms.median}`,
      '',
    ]),
    row(['in-process turns/s on SQLite (ours)', range(ip['ours-sqlite'].turnsPerSec), '', '']),
  ];
  for (const level of Object.keys(r.http.ours.levels)) {
    const o = r.http.ours.levels[level];
    const b = r.http.baseline.levels[level];
    const f = r.http.floor?.levels[level];
    if (!o || !b) continue;
    lines.push(
      row([
        `HTTP ${level}: requests/s`,
        range(o.rps),
        range(b.rps),
        ratio(o.rps.median, b.rps.median),
        f ? range(f.rps) : '',
      ]),
    );
    lines.push(
      row([
        `HTTP ${level}: p50 / p99 ms`,
        `${o.p50Ms.median} / ${o.p99Ms.median}`,
        `${b.p50Ms.median} / ${b.p99Ms.median}`,
        '',
        f ? `${f.p50Ms.median} / ${f.p99Ms.median}` : '',
      ]),
    );
  }
  const m = r.memory;
  lines.push(
    row([
      'server RSS after HTTP, MB',
      mb(r.http.ours.rssAfterBytes),
      mb(r.http.baseline.rssAfterBytes),
      '',
      r.http.floor ? mb(r.http.floor.rssAfterBytes) : '',
    ]),
    row([
      'heap bytes per parked conversation',
      `${m['ours-memory'].heapBytesPerConversation} (memory store), ${m['ours-sqlite'].heapBytesPerConversation} (SQLite)`,
      m.baseline.heapBytesPerConversation,
      '',
    ]),
    row([
      'stored bytes per parked conversation',
      `${m['ours-sqlite'].storedBytesPerConversation} on disk (state ${m['ours-sqlite'].storedRowBytesPerConversation?.state})`,
      m.baseline.storedBytesPerConversation ?? '',
      '',
    ]),
    row([
      'cold start to first prompt, terminal / in-process, ms',
      range(r.coldStart.oursCliFirstPromptMs),
      range(r.coldStart.baselineInProcessFirstPromptMs),
      '',
    ]),
    row([
      'cold start to first reply, server, ms',
      range(r.coldStart.oursServerFirstReplyMs),
      range(r.coldStart.baselineServerFirstReplyMs),
      '',
    ]),
  );
  return lines.join('\n');
}
