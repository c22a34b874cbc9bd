import { describe, expect, it } from 'vitest';
import { renderHome } from '../../../adapters/slack/home-view.js';
import type { HandoffRecord } from '../../../src/storage/session-store.js';
import { blockKitViolations } from './support/block-kit-limits.js';
import { makeSummary } from './support/handoffs.js';

const record = (
  id: string,
  urgency: 'emergency' | 'high' | 'routine',
  createdAt: number,
  claimedBy?: string,
): HandoffRecord => ({
  summary: { ...makeSummary({ id }), urgency },
  status: 'delivered',
  attempts: 1,
  nextAttemptAt: createdAt,
  createdAt,
  ...(claimedBy ? { claimedBy, claimedAt: createdAt + 1 } : {}),
});

describe('renderHome', () => {
  it('lists open hand-offs most urgent first, then the viewer’s own claims', () => {
    const records = [
      record('routine-1', 'routine', 1),
      record('high-2', 'high', 2),
      record('emergency-3', 'emergency', 3),
      record('high-1', 'high', 1),
      record('my-claim', 'routine', 4, 'slack:U1'),
      record('theirs', 'high', 5, 'slack:U2'),
    ];
    const view = renderHome(records, 'U1', '2026-11-25');
    const json = JSON.stringify(view.blocks);
    const order = ['emergency-3', 'high-1', 'high-2', 'routine-1', 'Your claims', 'my-claim'];
    const positions = order.map((id) => json.indexOf(id));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(json).not.toContain('theirs');
    expect(blockKitViolations(view.blocks, 100)).toEqual([]);
  });

  it('stays under the Home tab’s 100 blocks with many hand-offs', () => {
    const many = Array.from({ length: 150 }, (_, i) => record(`h${i}`, 'high', i, i % 2 ? 'slack:U1' : undefined));
    expect(blockKitViolations(renderHome(many, 'U1', '2026-11-25').blocks, 100)).toEqual([]);
  });
});
