import type { Evidence, Facts, IsoDate } from '../facts/facts.js';
import { findCriteria, isEconomicBurden, isSystemicBurden } from './basis.js';
import { findContestedSubstance } from './contested.js';
import { findDeadlines } from './deadlines.js';
import { evidenceFor } from './evidence.js';
import { decideIssueType } from './issue-type.js';
import { withNoticeActions } from './normalize.js';
import type { Basis, Outcome, Reason, Recommendation } from './outcome.js';
import { decideUrgency } from './urgency.js';

/** Pure: the recommendation table of section 6. */
export function recommend(hasBasis: boolean, needsCounsel: boolean): Recommendation {
  if (hasBasis) return needsCounsel ? 'tas_and_counsel' : 'tas';
  return needsCounsel ? 'counsel' : 'irs_first';
}

function caveatsFor(facts: Facts): string[] {
  const actions = facts.irsActions ?? [];
  const caveats: string[] = [];
  if (actions.includes('refund_held') || actions.includes('offset')) caveats.push('refund-freeze-limits');
  if (actions.includes('identity_hold')) caveats.push('identity-hold-limits');
  return caveats;
}

/**
 * Pure: the screening's outcome from the facts alone (section 6), each decision with the evidence behind it.
 * `today` is the conversation's date: deadlines and urgency are computed against it.
 */
export function decideOutcome(rawFacts: Facts, evidence: readonly Evidence[], today: IsoDate): Outcome {
  const facts = withNoticeActions(rawFacts);
  const economic = isEconomicBurden(facts);
  const systemic = isSystemicBurden(facts);
  const basis: Basis[] = [
    ...(economic ? ['economic_burden' as const] : []),
    ...(systemic ? ['systemic_burden' as const] : []),
  ];
  const deadlines = findDeadlines(facts, today);
  const contested = findContestedSubstance(facts, evidence, basis.length > 0);
  const deadlineReasons: Reason[] = deadlines.live.map((d) => ({
    key: `deadline:${d.kind}`,
    evidence: evidenceFor(evidence, 'notices'),
  }));
  const recommendation = recommend(basis.length > 0, contested.length > 0 || deadlines.live.length > 0);
  const reasons: Reason[] = [
    ...basis.map((b) => ({ key: `basis:${b}`, evidence: [] })),
    ...contested.map((r) => ({ key: `counsel:${r.key}`, evidence: r.evidence })),
    ...deadlineReasons,
    ...deadlines.closed.map((d) => ({ key: `closed:${d.kind}`, evidence: evidenceFor(evidence, 'notices') })),
  ];
  if (basis.length === 0)
    reasons.push({ key: noBasisReason(facts), evidence: evidenceFor(evidence, 'hardship', 'triedIrs') });
  return {
    recommendation,
    basis,
    urgency: decideUrgency(facts, economic, deadlines.live, today),
    deadlines: deadlines.live,
    closed_deadlines: deadlines.closed,
    issue_type: decideIssueType(facts),
    criteria: findCriteria(facts, evidence),
    reasons,
    caveats: caveatsFor(facts),
    facts,
    decided_on: today,
  };
}

/** Why no TAS basis was found, for the explanation. */
function noBasisReason(facts: Facts): string {
  if (facts.hardship === 'yes' && facts.hardshipNotFromIrs) return 'no-basis:hardship-not-from-irs';
  if (facts.hardship === 'yes') return 'no-basis:no-harmful-action';
  if (facts.triedIrs !== 'yes') return 'no-basis:not-tried';
  return 'no-basis:no-delay';
}
