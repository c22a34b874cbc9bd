import type { IsoDate } from '../facts/facts.js';
import { hasAffirmed, hasAny, splitClauses } from './cues.js';
import { MONTH_PATTERN, monthNumber, resolveMonth } from './date-candidates.js';
import { daysBetween } from './iso-date.js';

/** The levy was lifted or the money given back ("they released it", "the money came back yesterday"). */
const RELEASED =
  /\b(released|lifted|reversed|gave (it|the money|my money|it all|everything) back|(money|it|funds?|everything) (came|is|was|got) (back|returned)|got (it|my money|the money|everything) back|returned (it|the money|my money)|liberaron|devolvieron)\b/;
/** A taking said of a time now past: "last month", "two months ago", "back in", "el mes pasado". */
const PAST_ONCE =
  /\b(last month|last year|(\d+|a|one|two|three|four|five|six|few|couple of|couple) (months?|weeks?) ago|back in|el mes pasado|hace (\w+ )?(mes|meses|semanas))\b/;
/** A month named for when it happened ("in september", "on oct 20"). */
const IN_MONTH = new RegExp(`\\b(?:in|on|en|el)\\s+(${MONTH_PATTERN})\\b`);
/** Still going on: every paycheck, still, now, an account frozen, days ago. */
const ONGOING =
  /\b(every|each|all my|keeps?|still|now|currently|ongoing|continu\w*|frozen|froze|freez\w*|yesterday|today|this (week|morning|paycheck|check)|since|cada|todavia|sigue\w*|ahora)\b/;
/** How long ago the end of a named month must be for a one-time taking in it to be over. */
const OVER_AFTER_DAYS = 20;

/**
 * Pure: whether a one-time taking the text describes is over, so that no money is being taken now: the levy was
 * released or the money returned, or a bank levy (a one-time seizure of what the account held) is told in the past
 * ("last month", "in september") with nothing saying it goes on. A wage levy runs on every paycheck: only its
 * release ends it.
 */
export function isTakingOver(text: string, today: IsoDate | undefined, wageLevy: boolean): boolean {
  const clauses = splitClauses(text);
  if (hasAffirmed(clauses, RELEASED, 3)) return true;
  if (wageLevy || hasAny(clauses, ONGOING)) return false;
  if (hasAny(clauses, PAST_ONCE)) return true;
  if (!today) return false;
  return clauses.some((clause) => {
    const month = monthNumber(IN_MONTH.exec(clause)?.[1] ?? '');
    return month !== undefined && daysBetween(resolveMonth(month, 31, today, 'past'), today) > OVER_AFTER_DAYS;
  });
}
