import type { Evidence, Facts, HardshipKind, IrsAction } from '../facts/facts.js';
import { evidenceFor } from './evidence.js';
import type { Criterion } from './outcome.js';

/** IRS actions that take money or property: levies and seizures. */
export const TAKING_ACTIONS: ReadonlySet<IrsAction> = new Set<IrsAction>([
  'wage_levy',
  'bank_levy',
  'other_levy',
  'seizure',
]);

/** IRS actions or inactions that can cause financial harm (a bill alone cannot). */
export const HARMFUL_ACTIONS: ReadonlySet<IrsAction> = new Set<IrsAction>([
  'wage_levy',
  'bank_levy',
  'other_levy',
  'seizure',
  'offset',
  'final_levy_notice',
  'levy_sustained',
  'lien',
  'refund_held',
  'identity_hold',
  'passport_certification',
]);
const THREAT_ACTIONS: ReadonlySet<IrsAction> = new Set<IrsAction>([
  'final_levy_notice',
  'levy_sustained',
  'passport_certification',
  'seizure',
]);
const LASTING_HARM: ReadonlySet<HardshipKind> = new Set<HardshipKind>([
  'job_or_licence',
  'business',
  'home_sale_or_credit',
]);

/** Pure: whether the IRS has done (or failed to do) something that can cause financial harm. */
export function hasHarmfulAction(facts: Facts): boolean {
  return facts.moneyTakenNow === true || (facts.irsActions ?? []).some((a) => HARMFUL_ACTIONS.has(a));
}

/** Pure: economic burden (criteria 1-4): a harmful IRS action and real hardship the person ties to it. */
export function isEconomicBurden(facts: Facts): boolean {
  return hasHarmfulAction(facts) && facts.hardship === 'yes' && facts.hardshipNotFromIrs !== true;
}

/** Pure: systemic burden (criteria 5-7): normal channels tried, and a delay over 30 days, a missed promise or a failed process. */
export function isSystemicBurden(facts: Facts): boolean {
  if (facts.triedIrs !== 'yes') return false;
  // A state's tax problem, and the IRS has done nothing: whoever was called, no IRS process has failed.
  const actions = facts.irsActions ?? [];
  if (facts.stateTax && actions.length > 0 && actions.every((a) => a === 'none')) return false;
  return (facts.waitingDays ?? 0) > 30 || facts.promisedDateMissed === 'yes' || facts.processFailure === 'yes';
}

/** Pure: the IRM 13.1.7 criteria the facts meet, each with the answers that show it. */
export function findCriteria(facts: Facts, evidence: readonly Evidence[]): Criterion[] {
  const criteria: Criterion[] = [];
  const add = (id: number, key: string, ev: Evidence[]) => criteria.push({ id, key, evidence: ev });
  if (isEconomicBurden(facts)) {
    const kinds = facts.hardshipKinds ?? [];
    const harmEv = evidenceFor(
      evidence,
      'hardship',
      'hardshipKinds',
      'moneyTakenNow',
      'harmNow',
      'harmDate',
      'irsActions',
    );
    const threat = (facts.irsActions ?? []).some((a) => THREAT_ACTIONS.has(a));
    if (facts.moneyTakenNow || facts.harmNow || !threat) add(1, 'economic-harm', harmEv);
    if (threat) add(2, 'immediate-threat', evidenceFor(evidence, 'irsActions', 'notices', 'hardship'));
    if (kinds.includes('professional_costs'))
      add(3, 'significant-costs', evidenceFor(evidence, 'hardshipKinds', 'hardship'));
    if (kinds.some((k) => LASTING_HARM.has(k)))
      add(4, 'lasting-harm', evidenceFor(evidence, 'hardshipKinds', 'hardship'));
  }
  if (facts.triedIrs === 'yes') {
    if ((facts.waitingDays ?? 0) > 30) add(5, 'delay-over-30-days', evidenceFor(evidence, 'waitingDays', 'triedIrs'));
    if (facts.promisedDateMissed === 'yes') add(6, 'promised-date-missed', evidenceFor(evidence, 'promisedDateMissed'));
    if (facts.processFailure === 'yes') add(7, 'process-failed', evidenceFor(evidence, 'processFailure'));
  }
  if (facts.rightsImpaired) add(8, 'rights-impaired', evidenceFor(evidence, 'rightsImpaired'));
  const policy = [...(facts.publicPolicy ?? [])];
  if ((facts.irsActions ?? []).includes('passport_certification') && !policy.includes('passport'))
    policy.push('passport');
  if (policy.length > 0)
    add(9, `public-policy:${policy.join(',')}`, evidenceFor(evidence, 'publicPolicy', 'irsActions'));
  return criteria;
}
