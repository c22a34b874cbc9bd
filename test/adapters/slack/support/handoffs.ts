import type { Facts } from '../../../../src/facts/facts.js';
import { buildHandoffSummary, type HandoffInput, type HandoffSummary } from '../../../../src/handoff/summary.js';
import type { Outcome } from '../../../../src/rules/outcome.js';
import type { MemorySessionStore } from '../../../../src/storage/memory-session-store.js';

const facts = (overrides: Partial<Facts> = {}): Facts => ({
  issueType: 'levy_garnishment',
  irsActions: ['wage_levy', 'final_levy_notice'],
  moneyTakenNow: true,
  hardship: 'yes',
  hardshipKinds: ['rent_or_mortgage'],
  harmNow: true,
  notices: [{ code: 'LT11', date: '2026-11-20', dateSource: 'printed' }],
  contactName: 'Ana Ruiz',
  contactEmail: 'ana@example.com',
  contactPhone: '555-0101',
  state: 'OH',
  consent: 'yes',
  ...overrides,
});

const outcome = (f: Facts, overrides: Partial<Outcome> = {}): Outcome => ({
  recommendation: 'tas_and_counsel',
  basis: ['economic_burden'],
  urgency: 'emergency',
  deadlines: [{ kind: 'cdp_hearing', due: '2026-12-21', notice: 'LT11', noticeDate: '2026-11-20', mustConfirm: false }],
  closed_deadlines: [],
  issue_type: 'levy_garnishment',
  criteria: [
    {
      id: 1,
      key: 'economic-harm-now',
      evidence: [{ fact: 'moneyTakenNow', slot: 'narrative', text: 'they took my paycheck' }],
    },
  ],
  reasons: [],
  caveats: [],
  facts: f,
  decided_on: '2026-11-25',
  ...overrides,
});

/** A realistic emergency wage-levy hand-off. */
export function makeSummary(
  overrides: Partial<HandoffInput> = {},
  outcomeOverrides: Partial<Outcome> = {},
): HandoffSummary {
  const f = facts();
  return buildHandoffSummary({
    id: 'h-1',
    conversationId: 'web:abc',
    channel: 'web',
    createdAt: Date.parse('2026-11-25T15:00:00Z'),
    reason: 'screening-complete',
    outcome: outcome(f, outcomeOverrides),
    facts: f,
    evidence: [{ fact: 'moneyTakenNow', slot: 'narrative', text: 'they took my paycheck' }],
    transcript: [
      { from: 'bot', text: 'What is going on?', at: 1, slot: 'narrative' },
      { from: 'user', text: 'they took my paycheck and I cannot pay rent', at: 2 },
    ],
    ...overrides,
  });
}

const long = (words: string, length: number): string => words.repeat(Math.ceil(length / words.length)).slice(0, length);

/** The largest realistic hand-off: every criterion with long evidence, many notices and deadlines, a long transcript. */
export function makeLargestSummary(): HandoffSummary {
  const notices = [
    'LT11',
    'L1058',
    'CP90',
    'CP297A',
    'L3172',
    'CP3219A',
    'CDP_DETERMINATION',
    'CP504',
    'CP2000',
    'L5071C',
  ];
  const f = facts({
    notices: notices.map((code, i) => ({
      code,
      date: i % 2 ? null : '2026-11-01',
      dateSource: i % 2 ? 'unknown' : 'approximate',
    })),
    irsActions: ['wage_levy', 'bank_levy', 'other_levy', 'seizure', 'final_levy_notice', 'lien', 'bill', 'refund_held'],
    hardshipKinds: [
      'rent_or_mortgage',
      'eviction',
      'utilities',
      'medical',
      'food_or_basics',
      'job_or_licence',
      'business',
    ],
    taxYears: [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025],
    represented: 'yes',
    contactName: long('Maria de los Angeles ', 200),
    contactEmail: `${long('a', 200)}@example.com`,
  });
  const evidence = (i: number) =>
    Array.from({ length: 4 }, (_, k) => ({
      fact: `f${k}`,
      slot: 'narrative' as const,
      text: long(`quote ${i}.${k} <!channel> & `, 900),
    }));
  const o = outcome(f, {
    basis: ['economic_burden', 'systemic_burden'],
    criteria: Array.from({ length: 9 }, (_, i) => ({
      id: i + 1,
      key: `criterion-${i + 1}`,
      evidence: evidence(i + 1),
    })),
    deadlines: notices.slice(0, 7).map((notice, i) => ({
      kind: i % 2 ? ('tax_court_petition' as const) : ('cdp_hearing' as const),
      due: i === 3 ? null : `2026-12-${String(i + 1).padStart(2, '0')}`,
      notice,
      noticeDate: null,
      mustConfirm: true,
    })),
  });
  const transcript = Array.from({ length: 120 }, (_, i) => ({
    from: i % 2 ? ('user' as const) : ('bot' as const),
    text: long(`line ${i} my SSN is 123-45-6789 and words `, i % 2 ? 1500 : 300),
    at: i,
  }));
  return makeSummary({
    id: `h-${long('x', 60)}`,
    facts: f,
    outcome: o,
    evidence: evidence(0),
    transcript,
    ranBy: { id: 'U123' },
  });
}

/** Puts a hand-off in the store's outbox, as a committed turn would. */
export async function addHandoff(store: MemorySessionStore, summary: HandoffSummary, at = Date.now()): Promise<void> {
  await store.commitTurn({ conversationId: summary.conversationId, state: {}, at, transcript: [], handoff: summary });
}
