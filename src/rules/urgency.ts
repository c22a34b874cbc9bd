import type { Facts, IsoDate } from '../facts/facts.js';
import { addDays } from './calendar.js';
import type { Deadline, Urgency } from './outcome.js';

/** Pure: how soon an advisor must act (section 6, "Urgency"); "within N days" is on or before today + N. */
export function decideUrgency(
  facts: Facts,
  economic: boolean,
  deadlines: readonly Deadline[],
  today: IsoDate,
): Urgency {
  const within = (date: IsoDate, days: number) => date <= addDays(today, days);
  // Money being taken is harm happening now, whoever's basis it is, a state's taking too (no TAS basis, but
  // counsel must act now); otherwise harm now counts only as a burden on an IRS action.
  const harmNow = facts.moneyTakenNow === true || ((economic || facts.stateTax === true) && facts.harmNow === true);
  const harmDate = economic ? (facts.harmDate ?? null) : null;
  if (harmNow || (harmDate !== null && within(harmDate, 10))) return 'emergency';
  if (deadlines.some((d) => d.due !== null && within(d.due, 10))) return 'emergency';
  if (facts.criminalInvestigation) return 'emergency';
  if (harmDate !== null && within(harmDate, 30)) return 'high';
  if (economic && harmDate === null) return 'high';
  if (deadlines.length > 0) return 'high';
  return 'routine';
}
