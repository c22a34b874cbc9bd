import { describe, expect, it } from 'vitest';
import tasScreening from '../../dialogs/tas-screening.js';
import { loadDialog } from '../../src/dialog/load.js';
import { explainOutcome, fill, formatDate } from '../../src/engine/explain.js';
import { decideOutcome } from '../../src/rules/decide.js';
import { makeFacts, makeNotice } from '../helpers/facts.js';

const wording = loadDialog(tasScreening).wording.outcome;
const text = (sections: ReturnType<typeof explainOutcome>) => sections.flatMap((s) => [s.title, ...s.lines]).join('\n');

describe('explainOutcome', () => {
  it('names the notice in plain words, with the due date as people read it and the days left', () => {
    const outcome = decideOutcome(makeFacts({ notices: [makeNotice('LT11', '2026-11-10')] }), [], '2026-11-25');
    const said = text(explainOutcome(outcome, wording, '2026-11-25'));
    expect(said).toContain('LT11 (final notice of intent to levy)');
    expect(said).toContain('Thursday, December 10, 2026 (15 days from today)');
    expect(said).toContain('does NOT pause');
  });

  it('asks the advisor to check an undated notice without claiming a date was given', () => {
    const outcome = decideOutcome(makeFacts({ notices: [makeNotice('FINAL_LEVY', null)] }), [], '2026-11-25');
    const said = text(explainOutcome(outcome, wording, '2026-11-25'));
    expect(said).toContain('final notice of intent to levy gives you 30 days');
    expect(said).not.toContain('from the date you gave');
  });

  it("quotes the person's most telling words, not a bare yes", () => {
    const evidence = [
      { fact: 'hardship', slot: 'hardship' as const, text: 'Yes' },
      { fact: 'moneyTakenNow', slot: 'narrative' as const, text: 'they took half my paycheck and rent is due.' },
    ];
    const outcome = decideOutcome(
      makeFacts({ irsActions: ['wage_levy'], moneyTakenNow: true, hardship: 'yes' }),
      evidence,
      '2026-11-25',
    );
    expect(text(explainOutcome(outcome, wording, '2026-11-25'))).toContain(
      'You told us: "they took half my paycheck and rent is due".',
    );
  });

  it('explains why there is no TAS basis for a plain bill', () => {
    const outcome = decideOutcome(makeFacts({ irsActions: ['bill'], hardship: 'yes' }), [], '2026-11-25');
    expect(text(explainOutcome(outcome, wording, '2026-11-25'))).toMatch(/a bill alone is not enough/);
  });
});

describe('fill and formatDate', () => {
  it('fills known placeholders and leaves unknown ones', () => {
    expect(fill('due {due}, {other}', { due: 'today' })).toBe('due today, {other}');
  });

  it('formats an ISO date in words', () => {
    expect(formatDate('2027-02-11')).toBe('Thursday, February 11, 2027');
  });
});
