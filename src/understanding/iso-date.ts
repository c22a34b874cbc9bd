import type { IsoDate } from '../facts/facts.js';

/** A calendar day as numbers; `month` is 1-12. */
export type CalendarDay = { year: number; month: number; day: number };

/** Pure: the calendar day of an ISO date. */
export function fromIso(date: IsoDate): CalendarDay {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return { year, month, day };
}

/** Pure: the ISO date of a calendar day; out-of-range days roll over (Feb 30 -> Mar 2), like Date.UTC. */
export function toIso({ year, month, day }: CalendarDay): IsoDate {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** Pure: the date `days` after `date` (negative: before). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const { year, month, day } = fromIso(date);
  return toIso({ year, month, day: day + days });
}

/** Pure: whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const ms = (date: IsoDate): number => {
    const { year, month, day } = fromIso(date);
    return Date.UTC(year, month - 1, day);
  };
  return Math.round((ms(to) - ms(from)) / 86_400_000);
}

/** Pure: the number of days in a month. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
