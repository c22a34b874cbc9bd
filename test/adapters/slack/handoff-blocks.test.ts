import { describe, expect, it } from 'vitest';
import {
  CLAIM_ACTION,
  describeDeadline,
  gapText,
  renderHandoffMessage,
} from '../../../adapters/slack/handoff-blocks.js';
import { renderHandoffThread } from '../../../adapters/slack/handoff-thread.js';
import { blockKitViolations } from './support/block-kit-limits.js';
import { makeLargestSummary, makeSummary } from './support/handoffs.js';

const allText = (blocks: unknown[]) => JSON.stringify(blocks);

describe('renderHandoffMessage', () => {
  it('puts the urgency first, then the recommendation, criteria with their words, deadlines, contact and gaps', () => {
    const { blocks, text, metadata } = renderHandoffMessage(makeSummary(), { today: '2026-11-25' });
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: expect.stringContaining('EMERGENCY') } });
    const order = [
      'Taxpayer Advocate Service and counsel',
      'they took my paycheck',
      'CDP hearing',
      'Ana Ruiz',
      'Still missing',
    ];
    const positions = order.map((needle) => allText(blocks).indexOf(needle));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(allText(blocks)).toContain('due 2026-12-21, *26 days left*');
    expect(text).toBe('EMERGENCY hand-off: Taxpayer Advocate Service and counsel');
    expect(metadata).toEqual({
      event_type: 'tas_handoff',
      event_payload: { id: 'h-1', urgency: 'emergency', recommendation: 'tas_and_counsel' },
    });
  });

  it('ends with a Claim button carrying the hand-off id', () => {
    const { blocks } = renderHandoffMessage(makeSummary(), { today: '2026-11-25' });
    expect(blocks.at(-1)).toMatchObject({
      type: 'actions',
      elements: [{ type: 'button', action_id: CLAIM_ACTION, value: 'h-1', style: 'danger' }],
    });
  });

  it('shows who claimed it instead of the button once claimed', () => {
    const at = Date.parse('2026-11-25T16:00:00Z');
    const { blocks } = renderHandoffMessage(makeSummary(), { today: '2026-11-25', claim: { by: 'slack:U777', at } });
    expect(blocks.at(-1)).toMatchObject({ type: 'context' });
    expect(allText(blocks)).toContain('Claimed by <@U777>');
    expect(allText(blocks)).not.toContain(CLAIM_ACTION);
  });

  it('escapes what people typed so it cannot ping or link', () => {
    const summary = makeSummary(
      { evidence: [] },
      {
        criteria: [{ id: 1, key: 'x', evidence: [{ fact: 'f', slot: 'narrative', text: 'hey <!channel> & <@U1>' }] }],
      },
    );
    const json = allText(renderHandoffMessage(summary, { today: '2026-11-25' }).blocks);
    expect(json).toContain('hey &lt;!channel&gt; &amp; &lt;@U1&gt;');
    expect(json).not.toContain('<!channel>');
  });

  it('says when a reminder is posted again', () => {
    const { blocks } = renderHandoffMessage(makeSummary(), { today: '2026-11-25', reminderMinutes: 15 });
    expect(allText(blocks.slice(0, 2))).toContain('Still unclaimed after 15 minutes.');
  });

  it('keeps the largest realistic hand-off within Block Kit limits, claimed or not', () => {
    const summary = makeLargestSummary();
    for (const claim of [undefined, { by: 'slack:U1', at: 0 }]) {
      const message = renderHandoffMessage(summary, { today: '2026-11-25', claim, reminderMinutes: 45 });
      expect(blockKitViolations(message.blocks)).toEqual([]);
      expect(message.text.length).toBeLessThan(4000);
    }
    const thread = renderHandoffThread(summary);
    expect(thread.length).toBeGreaterThan(1);
    for (const reply of thread) expect(blockKitViolations(reply.blocks)).toEqual([]);
  });
});

describe('renderHandoffThread', () => {
  it('replies with the Form 911 draft, then the redacted transcript', () => {
    const [form, ...transcript] = renderHandoffThread(makeLargestSummary());
    expect(allText(form?.blocks ?? [])).toContain('Form 911, Section I (draft)');
    expect(allText(form?.blocks ?? [])).toContain('_(to fill)_');
    const lines = allText(transcript.flatMap((m) => m.blocks));
    expect(lines).toContain('*Person:* line 1');
    expect(lines).not.toContain('123-45-6789');
  });
});

describe('describeDeadline', () => {
  const base = { kind: 'tax_court_petition', notice: 'CP3219A', noticeDate: null, mustConfirm: false } as const;
  it('counts the days left from today', () => {
    expect(describeDeadline({ ...base, due: '2026-11-26' }, '2026-11-25')).toContain('1 day left');
    expect(describeDeadline({ ...base, due: '2026-11-25' }, '2026-11-25')).toContain('due *today*');
    expect(describeDeadline({ ...base, due: '2026-11-20' }, '2026-11-25')).toContain('overdue by 5 days');
  });
  it('asks to check a deadline with no date or an unconfirmed one', () => {
    expect(describeDeadline({ ...base, due: null }, '2026-11-25')).toContain('due date unknown');
    expect(describeDeadline({ ...base, due: '2026-12-01', mustConfirm: true }, '2026-11-25')).toContain(
      'date to confirm',
    );
  });
});

describe('gapText', () => {
  it('fills the parameter of a parameterised gap', () => {
    expect(gapText('confirm-notice-date:LT11')).toBe('Confirm the printed date of notice LT11');
    expect(gapText('unknown-gap')).toBe('unknown-gap');
  });
});
