import type { Evidence, Facts } from '../facts/facts.js';
import { evidenceFor } from './evidence.js';
import type { Reason } from './outcome.js';

/**
 * Pure: the reasons the case needs counsel on substance (section 6, "contested substance"), each with its
 * evidence. `hasBurden` tells whether a TAS basis was found (a right ignored counts only without one).
 */
export function findContestedSubstance(facts: Facts, evidence: readonly Evidence[], hasBurden: boolean): Reason[] {
  const reasons: Reason[] = [];
  const add = (key: string, ev: Evidence[]) => reasons.push({ key, evidence: ev });
  if (facts.disputesAmount === 'yes') add('disputes-amount', evidenceFor(evidence, 'disputesAmount'));
  if (facts.wantsUndo) add('wants-undo', evidenceFor(evidence, 'wantsUndo'));
  if (facts.appealStatus === 'tax_court') add('in-tax-court', evidenceFor(evidence, 'appealStatus'));
  if (facts.criminalInvestigation)
    add('criminal-investigation', evidenceFor(evidence, 'criminalInvestigation', 'irsActions'));
  if (facts.stateTax) add('state-tax', evidenceFor(evidence, 'stateTax'));
  if (facts.frivolous) add('frivolous', evidenceFor(evidence, 'frivolous'));
  if (facts.rightsImpaired && !hasBurden) add('rights-impaired', evidenceFor(evidence, 'rightsImpaired'));
  return reasons;
}
