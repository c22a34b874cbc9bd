import { describe, expect, it } from 'vitest';
import { handoffLabels } from '../../dialogs/handoff-labels.js';
import type { Facts } from '../../src/facts/facts.js';
import { renderHandoffText } from '../../src/handoff/render.js';
import { buildHandoffSummary, type HandoffInput } from '../../src/handoff/summary.js';
import type { Outcome } from '../../src/rules/outcome.js';
import { makeLevyFacts, makeLevyOutcome } from './factories.js';

const makeInput = (facts: Facts, outcome: Outcome | null): HandoffInput => ({
  id: 'h-1',
  conversationId: 'cli:1',
  channel: 'cli',
  createdAt: Date.UTC(2025, 4, 1),
  reason: 'screening-complete',
  outcome,
  facts,
  evidence: [],
  transcript: [{ from: 'user', text: 'they took my paycheck', at: 1 }],
});

describe('renderHandoffText', () => {
  it('shows urgency, recommendation, contact, gaps, Form 911 fields and the transcript as plain text', () => {
    const summary = buildHandoffSummary(makeInput(makeLevyFacts(), makeLevyOutcome()));
    const text = renderHandoffText(summary, handoffLabels);
    expect(text).toContain('Urgency: EMERGENCY');
    expect(text).toContain('Recommendation: Taxpayer Advocate Service and counsel');
    expect(text).toContain('Email: ana@example.com');
    expect(text).toContain('- Confirm the printed date of notice LT11');
    expect(text).toContain("Taxpayer's identifying number (SSN, ITIN, EIN): (to fill)");
    expect(text).toContain('Person: they took my paycheck');
    expect(text).not.toMatch(/[*_`]{2}|<[a-z]/); // no channel markup
  });

  it('has a label for every gap key the summary can produce', () => {
    const gaps = [
      ...buildHandoffSummary(makeInput({ represented: 'yes' }, null)).gaps,
      ...buildHandoffSummary(makeInput(makeLevyFacts(), makeLevyOutcome())).gaps,
    ];
    for (const gap of gaps) expect(handoffLabels.gaps).toHaveProperty(gap.split(':')[0] ?? gap);
  });
});
