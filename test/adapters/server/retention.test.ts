import { describe, expect, it } from 'vitest';
import { retentionPolicy, startRetention } from '../../../adapters/server/retention.js';
import type { Logger } from '../../../src/index.js';
import type { PurgePolicy } from '../../../src/storage/session-store.js';

const HOUR = 3_600_000;

function recordingLogger(lines: string[]): Logger {
  const log = (event: string, fields?: Record<string, unknown>) => lines.push(`${event} ${JSON.stringify(fields)}`);
  return { debug: log, info: log, warn: log, error: log };
}

describe('retentionPolicy', () => {
  it('closes sessions idle past the TTL and deletes what is older than the retention period', () => {
    expect(retentionPolicy({ sessionTtlHours: 72, retentionDays: 365 }, 1_000 * 24 * HOUR)).toEqual({
      idleBefore: 1_000 * 24 * HOUR - 72 * HOUR,
      deleteBefore: (1_000 - 365) * 24 * HOUR,
    });
  });
});

describe('startRetention', () => {
  it('purges at once and logs the counts; a failed pass is logged and the next one still runs', async () => {
    const policies: PurgePolicy[] = [];
    let fail = false;
    const store = {
      purge: async (policy: PurgePolicy) => {
        policies.push(policy);
        if (fail) throw new Error('disk full');
        return { sessions: 1, deliveries: 2, transcriptLines: 3, handoffs: 0 };
      },
    };
    const lines: string[] = [];
    const retention = startRetention({
      store,
      settings: { sessionTtlHours: 1, retentionDays: 1 },
      logger: recordingLogger(lines),
      now: () => 10 * 24 * HOUR,
    });
    await retention.runOnce();
    fail = true;
    await retention.runOnce();
    retention.stop();
    expect(policies[0]).toEqual({ idleBefore: 10 * 24 * HOUR - HOUR, deleteBefore: 9 * 24 * HOUR });
    expect(lines[0]).toBe('retention.purged {"sessions":1,"deliveries":2,"transcriptLines":3,"handoffs":0}');
    expect(lines.at(-1)).toBe('retention.failed {"error":"disk full"}');
  });
});
