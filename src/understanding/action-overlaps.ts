import type { IrsAction } from '../facts/facts.js';
import { hasAffirmed, hasAny } from './cues.js';

/** Codes of final levy notices; without one, "notice of intent to levy" next to a CP504 is that bill. */
const FINAL_CODES = /\b(lt ?11|lt ?1058|letter 1058|l ?1058|cp ?90|cp ?297|final)\b/;
/** Pure: one phrase can fit two detectors; keeps the reading the words mean (mutates `found`). */
export function pruneOverlaps(found: Set<IrsAction>, clauses: readonly string[]): void {
  // "refund frozen", "my account shows my refund on hold": a held refund, not a bank levy.
  if (
    found.has('bank_levy') &&
    hasAny(clauses, /\b(refund|reembolso)\b/) &&
    !hasAny(clauses, /\bbank\b|\blev(y|ied)\b/)
  ) {
    found.delete('bank_levy');
  }
  // "took my refund" with no debt named, next to a held refund, is the same held refund.
  if (found.has('offset') && found.has('refund_held') && !hasAny(clauses, /\boffset|debt|loan|child support\b/)) {
    found.delete('offset');
  }
  // "Notice of intent to levy" with neither "final" nor a hearing right is how a CP504 reads: a bill.
  if (!found.has('final_levy_notice') && hasAffirmed(clauses, /\binten(t|tion|d|ds) to levy\b/)) found.add('bill');
  // A CP504 says "notice of intent to levy" too; it is a bill unless a final notice is named.
  if (found.has('final_levy_notice') && hasAny(clauses, /\bcp ?504\b/) && !hasAny(clauses, FINAL_CODES)) {
    found.delete('final_levy_notice');
    found.add('bill');
  }
  // A CDP determination about a lien only is not a sustained levy.
  if (found.has('levy_sustained') && found.has('lien') && !hasAny(clauses, /\blev(y|ies|ied)\b/)) {
    found.delete('levy_sustained');
  }
}
