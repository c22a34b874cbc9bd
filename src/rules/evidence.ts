import type { Evidence, FactName } from '../facts/facts.js';

/** Pure: the evidence entries that back any of `facts`, newest answer last, without repeats. */
export function evidenceFor(evidence: readonly Evidence[], ...facts: FactName[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    if (!facts.includes(e.fact as FactName)) return false;
    const key = `${e.fact}|${e.slot}|${e.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
