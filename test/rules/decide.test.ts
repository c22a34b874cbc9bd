import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/facts/facts.js';
import { decideOutcome, recommend } from '../../src/rules/decide.js';
import { makeFacts, makeNotice } from '../helpers/facts.js';

const TODAY = '2026-11-25';
const decide = (over: Facts) => decideOutcome(makeFacts(over), [], TODAY);

describe('recommend', () => {
  it.each([
    [true, false, 'tas'],
    [true, true, 'tas_and_counsel'],
    [false, true, 'counsel'],
    [false, false, 'irs_first'],
  ] as const)('basis %s, counsel %s gives %s', (basis, counsel, expected) => {
    expect(recommend(basis, counsel)).toBe(expected);
  });
});

describe('economic burden', () => {
  it('applies to a levy taking money the person needs', () => {
    const o = decide({ irsActions: ['wage_levy'], moneyTakenNow: true, hardship: 'yes' });
    expect(o.basis).toEqual(['economic_burden']);
    expect(o.recommendation).toBe('tas');
    expect(o.urgency).toBe('emergency');
  });

  it('does not apply to a bill alone, even with hardship', () => {
    const o = decide({ irsActions: ['bill'], hardship: 'yes' });
    expect(o.basis).toEqual([]);
    expect(o.recommendation).toBe('irs_first');
  });

  it('does not apply when the hardship does not come from the IRS', () => {
    const o = decide({ irsActions: ['refund_held'], hardship: 'yes', hardshipNotFromIrs: true });
    expect(o.basis).toEqual([]);
  });

  it('does not apply to fear without harm', () => {
    expect(decide({ irsActions: ['final_levy_notice'], hardship: 'unsure' }).basis).toEqual([]);
  });

  it('applies to a lien blocking a home sale', () => {
    const o = decide({
      irsActions: ['lien'],
      hardship: 'yes',
      hardshipKinds: ['home_sale_or_credit'],
      harmDate: '2026-12-15',
    });
    expect(o.basis).toEqual(['economic_burden']);
    expect(o.urgency).toBe('high');
    expect(o.criteria.map((c) => c.id)).toContain(4);
  });

  it('counts a final levy notice as a threat (criterion 2)', () => {
    const o = decide({ notices: [makeNotice('LT11', '2026-10-01')], hardship: 'yes' });
    expect(o.basis).toEqual(['economic_burden']);
    expect(o.criteria.map((c) => c.id)).toContain(2);
  });
});

describe('systemic burden', () => {
  it('needs an attempt through normal channels', () => {
    expect(decide({ irsActions: ['refund_held'], triedIrs: 'no', waitingDays: 200 }).basis).toEqual([]);
    expect(decide({ irsActions: ['refund_held'], triedIrs: 'unsure', waitingDays: 200 }).basis).toEqual([]);
  });

  it.each([[{ waitingDays: 31 }], [{ promisedDateMissed: 'yes' as const }], [{ processFailure: 'yes' as const }]])(
    'applies after an attempt with %o',
    (over) => {
      expect(decide({ irsActions: ['refund_held'], triedIrs: 'yes', ...over }).basis).toEqual(['systemic_burden']);
    },
  );

  it('does not apply to a state tax problem when the IRS has done nothing (the calls went to the state)', () => {
    expect(decide({ irsActions: ['none'], stateTax: true, triedIrs: 'yes', waitingDays: 200 }).basis).toEqual([]);
    expect(decide({ irsActions: ['refund_held'], stateTax: true, triedIrs: 'yes', waitingDays: 200 }).basis).toEqual([
      'systemic_burden',
    ]);
  });

  it('does not apply to 30 days or less with nothing else', () => {
    expect(decide({ irsActions: ['payment_plan_problem'], triedIrs: 'yes', waitingDays: 30 }).basis).toEqual([]);
  });
});

describe('contested substance', () => {
  it.each([
    [{ disputesAmount: 'yes' as const }, 'counsel:disputes-amount'],
    [{ wantsUndo: true }, 'counsel:wants-undo'],
    [{ appealStatus: 'tax_court' as const }, 'counsel:in-tax-court'],
    [{ criminalInvestigation: true }, 'counsel:criminal-investigation'],
    [{ stateTax: true }, 'counsel:state-tax'],
    [{ frivolous: true }, 'counsel:frivolous'],
    [{ rightsImpaired: true }, 'counsel:rights-impaired'],
  ])('routes %o to counsel', (over, reason) => {
    const o = decide(over);
    expect(o.recommendation).toBe('counsel');
    expect(o.reasons.map((r) => r.key)).toContain(reason);
  });

  it('routes a burden plus a dispute to both', () => {
    expect(
      decide({ irsActions: ['wage_levy'], moneyTakenNow: true, hardship: 'yes', disputesAmount: 'yes' }).recommendation,
    ).toBe('tas_and_counsel');
  });

  it('does not count an ignored right as contested when there is a burden', () => {
    expect(
      decide({ irsActions: ['wage_levy'], moneyTakenNow: true, hardship: 'yes', rightsImpaired: true }).recommendation,
    ).toBe('tas');
  });

  it('makes contact from Criminal Investigation an emergency', () => {
    expect(decide({ criminalInvestigation: true }).urgency).toBe('emergency');
  });
});

describe('deadlines', () => {
  it('opens a 30-day hearing window on a final levy notice, rolled past a holiday', () => {
    const o = decide({ notices: [makeNotice('LT11', '2026-10-27')] });
    expect(o.deadlines).toEqual([expect.objectContaining({ kind: 'cdp_hearing', due: '2026-11-27' })]);
    expect(o.recommendation).toBe('counsel');
  });

  it('rolls a due date on a Saturday to the Monday', () => {
    const o = decide({ notices: [makeNotice('L3172', '2026-11-19')] });
    expect(o.deadlines[0]?.due).toBe('2026-12-21');
  });

  it('gives 90 days on a notice of deficiency and 150 when addressed abroad', () => {
    expect(decide({ notices: [makeNotice('CP3219A', '2026-11-13')] }).deadlines[0]?.due).toBe('2027-02-11');
    expect(decide({ notices: [makeNotice('CP3219A', '2026-08-10')], addressedAbroad: true }).deadlines[0]?.due).toBe(
      '2027-01-07',
    );
  });

  it('gives 30 days to petition after a CDP determination, and no hearing window', () => {
    const o = decide({ notices: [makeNotice('CDP_DETERMINATION', '2026-11-09'), makeNotice('FINAL_LEVY', null)] });
    expect(o.deadlines).toEqual([expect.objectContaining({ kind: 'tax_court_petition', due: '2026-12-09' })]);
  });

  it('lists no window already closed, and says so', () => {
    const o = decide({ notices: [makeNotice('L3219', '2026-08-21')] });
    expect(o.deadlines).toEqual([]);
    expect(o.closed_deadlines[0]?.kind).toBe('tax_court_petition');
    expect(o.recommendation).toBe('irs_first');
  });

  it('assumes an undated window is open, with no due date, and asks the advisor to confirm', () => {
    const o = decide({ notices: [makeNotice('L1058', null)] });
    expect(o.deadlines).toEqual([expect.objectContaining({ kind: 'cdp_hearing', due: null, mustConfirm: true })]);
    expect(o.urgency).toBe('high');
  });

  it('uses an arrival date as the notice date but marks it to confirm', () => {
    const o = decide({ notices: [makeNotice('LT11', '2026-11-20', 'received')] });
    expect(o.deadlines[0]).toMatchObject({ due: '2026-12-21', mustConfirm: true });
  });

  it('drops the hearing window once a hearing was requested', () => {
    expect(
      decide({ notices: [makeNotice('LT11', '2026-11-20')], appealStatus: 'hearing_requested' }).deadlines,
    ).toEqual([]);
  });

  it('prefers a printed date over an approximate one for the same kind of deadline', () => {
    const o = decide({ notices: [makeNotice('NOD', '2026-09-01', 'approximate'), makeNotice('L3219', '2026-09-02')] });
    expect(o.deadlines).toHaveLength(1);
    expect(o.deadlines[0]?.due).toBe('2026-12-01');
  });
});

describe('urgency', () => {
  const burden: Facts = { irsActions: ['refund_held'], hardship: 'yes' };
  it.each([
    [{ ...burden, harmDate: '2026-12-05' }, 'emergency'],
    [{ ...burden, harmDate: '2026-12-06' }, 'high'],
    [{ ...burden, harmDate: '2026-12-25' }, 'high'],
    [{ ...burden, harmDate: '2026-12-26' }, 'routine'],
    [{ ...burden, harmNow: true }, 'emergency'],
    [burden, 'high'],
    [{ harmDate: '2026-11-30' }, 'routine'],
    [{ irsActions: ['wage_levy'], moneyTakenNow: true, hardship: 'no' }, 'emergency'],
    [{ irsActions: ['none'], stateTax: true, harmNow: true }, 'emergency'],
    [{ irsActions: ['none'], harmNow: true }, 'routine'],
    [{ notices: [makeNotice('LT11', '2026-11-03')] }, 'emergency'],
    [{ notices: [makeNotice('LT11', '2026-11-20')] }, 'high'],
  ] satisfies [Facts, string][])('%o is %s', (over, urgency) => {
    expect(decide(over).urgency).toBe(urgency);
  });
});

describe('issue type', () => {
  it.each([
    [{ irsActions: ['wage_levy', 'audit'] }, 'levy_garnishment'],
    [{ irsActions: ['payment_plan_problem', 'bill'] }, 'payment_arrangement'],
    [{ irsActions: ['identity_hold', 'refund_held'] }, 'identity_theft'],
    [{ irsActions: ['deficiency_notice', 'letters_unprocessed'] }, 'notice_of_deficiency'],
    [{ irsActions: ['cp2000'] }, 'audit_exam'],
    [{ irsActions: ['bill', 'criminal_investigation'], criminalInvestigation: true }, 'other'],
    [{ irsActions: ['audit', 'criminal_investigation'], criminalInvestigation: true }, 'other'],
    [{ irsActions: ['bank_levy', 'criminal_investigation'], criminalInvestigation: true }, 'levy_garnishment'],
    [{ notices: [makeNotice('L3172', '2026-11-18')] }, 'lien'],
    [{ irsActions: ['none'], issueType: 'correspondence_delay' }, 'correspondence_delay'],
    [{ irsActions: ['none'] }, 'other'],
  ] satisfies [Facts, string][])('%o is %s', (over, type) => {
    expect(decide(over).issue_type).toBe(type);
  });
});

describe('evidence', () => {
  it('carries the answers that show each criterion', () => {
    const evidence = [
      { fact: 'hardship', slot: 'hardship' as const, text: 'rent is due and they took it' },
      { fact: 'triedIrs', slot: 'tried_irs' as const, text: 'called twice' },
    ];
    const o = decideOutcome(
      makeFacts({ irsActions: ['bank_levy'], moneyTakenNow: true, hardship: 'yes' }),
      evidence,
      TODAY,
    );
    expect(o.criteria[0]?.evidence).toEqual([evidence[0]]);
  });
});
