import type { Facts } from '../../src/facts/facts.js';
import type { Outcome } from '../../src/rules/outcome.js';

/** A wage-levy case with rent at risk, a final levy notice received (not printed date) and a live CDP window. */
export const makeLevyFacts = (overrides: Partial<Facts> = {}): Facts => ({
  issueType: 'levy_garnishment',
  irsActions: ['wage_levy', 'final_levy_notice'],
  moneyTakenNow: true,
  hardship: 'yes',
  hardshipKinds: ['rent_or_mortgage'],
  harmNow: true,
  triedIrs: 'yes',
  waitingDays: 45,
  notices: [
    { code: 'LT11', date: '2025-04-20', dateSource: 'received' },
    { code: 'CP504', date: '2025-02-01', dateSource: 'printed' },
  ],
  amountOwed: 12500,
  taxYears: [2021, 2022],
  contactName: 'Ana Ruiz',
  contactEmail: 'ana@example.com',
  contactPhone: '555-0101',
  state: 'OH',
  consent: 'yes',
  ...overrides,
});

export const makeLevyOutcome = (facts: Facts = makeLevyFacts()): Outcome => ({
  recommendation: 'tas_and_counsel',
  basis: ['economic_burden', 'systemic_burden'],
  urgency: 'emergency',
  deadlines: [{ kind: 'cdp_hearing', due: '2025-05-20', notice: 'LT11', noticeDate: '2025-04-20', mustConfirm: true }],
  closed_deadlines: [],
  issue_type: 'levy_garnishment',
  criteria: [{ id: 1, key: 'economic-harm-now', evidence: [] }],
  reasons: [{ key: 'money-taken-now', evidence: [] }],
  caveats: [],
  facts,
  decided_on: '2025-05-01',
});
