import { describe, expect, it } from 'vitest';
import { CHOICE_ACTION_PREFIX, renderAnswered, renderOutput } from '../../../adapters/slack/screening-blocks.js';
import { blockKitViolations } from './support/block-kit-limits.js';
import { makeSummary } from './support/handoffs.js';

describe('renderOutput', () => {
  it('turns a question into buttons with the slot in the message metadata', () => {
    const message = renderOutput({
      kind: 'prompt',
      slot: 'tried_irs',
      text: 'Have you tried the IRS?',
      choices: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ],
    });
    expect(message.metadata).toEqual({ event_type: 'tas_prompt', event_payload: { slot: 'tried_irs' } });
    expect(message.blocks[1]).toMatchObject({
      type: 'actions',
      elements: [
        { action_id: `${CHOICE_ACTION_PREFIX}0`, value: 'yes', text: { text: 'Yes' } },
        { action_id: `${CHOICE_ACTION_PREFIX}1`, value: 'no', text: { text: 'No' } },
      ],
    });
    expect(blockKitViolations(message.blocks)).toEqual([]);
  });

  it('splits more than 25 choices over several action blocks', () => {
    const choices = Array.from({ length: 30 }, (_, i) => ({ value: `v${i}`, label: `Choice ${i}` }));
    const message = renderOutput({ kind: 'prompt', slot: 'state', text: 'Which state?', choices });
    expect(message.blocks.filter((b) => b.type === 'actions')).toHaveLength(2);
    expect(blockKitViolations(message.blocks)).toEqual([]);
  });

  it('carries the outcome object itself in tas_outcome metadata, with its sections as text', () => {
    const outcome = makeSummary().outcome;
    if (!outcome) throw new Error('fixture has an outcome');
    const message = renderOutput({
      kind: 'outcome',
      outcome,
      text: 'Here is what I found.',
      sections: [{ key: 'deadlines', title: 'Deadlines', lines: ['Request a hearing by 2026-12-21.'] }],
    });
    expect(message.metadata).toEqual({ event_type: 'tas_outcome', event_payload: outcome });
    expect(JSON.stringify(message.blocks)).toContain('*Deadlines*\\nRequest a hearing by 2026-12-21.');
    expect(blockKitViolations(message.blocks)).toEqual([]);
  });

  it('escapes what the core says, as plain text', () => {
    expect(renderOutput({ kind: 'say', text: 'a <b> & c' }).text).toBe('a &lt;b&gt; &amp; c');
  });
});

describe('renderAnswered', () => {
  it('keeps the question and replaces the buttons with the answer and who gave it', () => {
    const message = renderAnswered('Have you tried the IRS?', 'Yes', 'U1');
    expect(message.blocks).toHaveLength(2);
    expect(JSON.stringify(message.blocks)).toContain('Answered: Yes (<@U1>)');
    expect(message.blocks.some((b) => b.type === 'actions')).toBe(false);
  });
});
