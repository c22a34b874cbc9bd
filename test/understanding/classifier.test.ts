import { describe, expect, it } from 'vitest';
import type { IssueType } from '../../src/facts/facts.js';
import { classifyIssue } from '../../src/understanding/classifier.js';

const cases: ReadonlyArray<[string, IssueType]> = [
  ['they garnished my wages', 'levy_garnishment'],
  ['my tax refund still hasnt shown up', 'refund_delay'],
  ['a lien is stopping my refinance', 'lien'],
  ['i owe back taxes from 2021', 'balance_due_collection'],
  ['the irs is auditing my schedule c', 'audit_exam'],
  ['got a statutory notice of deficiency', 'notice_of_deficiency'],
  ['i mailed my amended return and it was never processed', 'correspondence_delay'],
  ['someone stole my identity to file a return', 'identity_theft'],
  ['my installment agreement got defaulted', 'payment_arrangement'],
  ['cant renew my passport because of taxes', 'passport'],
  ['my ex claimed our son on her return', 'other'],
  ['mi reembolso no ha llegado', 'refund_delay'],
];

describe('classifyIssue', () => {
  it.each(cases)('classifies "%s" as %s', (text, issueType) => {
    expect(classifyIssue(text).issueType).toBe(issueType);
  });

  it('has no confidence in gibberish', () => {
    expect(classifyIssue('qwpoe zzkx vbnm').confidence).toBe(0);
  });

  it('is confident on a clear sentence', () => {
    expect(classifyIssue('the irs put a lien on my house').confidence).toBeGreaterThan(0.5);
  });

  it('trains and answers the first call quickly', () => {
    const start = performance.now();
    classifyIssue('refund');
    expect(performance.now() - start).toBeLessThan(1500);
  });
});
