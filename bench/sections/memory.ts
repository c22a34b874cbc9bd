import { runWorker } from '../lib/proc.js';

/** Sizes of the memory runs. */
export type MemoryPlan = { count: number; checkpoint: number; answers: number };

/** The worker's report (bench/memory.ts). */
export type MemoryReport = {
  side: string;
  count: number;
  heapBytesPerConversation: number;
  storedBytesPerConversation?: number;
  storedRowBytesPerConversation?: { state: number; transcript: number; deliveries: number };
  rssBytes: Record<string, number>;
  heapBytes: Record<string, number>;
};

/** Parks `count` conversations per side, each in a fresh process, and reads heap and storage per conversation. */
export async function measureMemory(
  plan: MemoryPlan,
  log: (line: string) => void,
): Promise<Record<'baseline' | 'ours-memory' | 'ours-sqlite', MemoryReport>> {
  const out = {} as Record<'baseline' | 'ours-memory' | 'ours-sqlite', MemoryReport>;
  for (const side of ['baseline', 'ours-memory', 'ours-sqlite'] as const) {
    const argv = ['--side', side, ...Object.entries(plan).flatMap(([k, v]) => [`--${k}`, String(v)])];
    out[side] = (await runWorker('bench/memory', argv, ['--expose-gc'])) as MemoryReport;
    log(
      `memory ${side}: ${out[side].heapBytesPerConversation} heap bytes and ` +
        `${out[side].storedBytesPerConversation ?? '-'} stored bytes per parked conversation`,
    );
  }
  return out;
}
