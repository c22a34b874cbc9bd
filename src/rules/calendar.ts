import type { IsoDate } from '../facts/facts.js';

const DAY_MS = 86_400_000;

function toUtc(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Pure: the date `days` calendar days after `date` (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Pure: whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

function weekday(date: IsoDate): number {
  return new Date(toUtc(date)).getUTCDay();
}

/** Pure: the `n`th weekday `dow` (0 Sunday) of a month. */
export function nthWeekday(year: number, month: number, dow: number, n: number): IsoDate {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const day = 1 + ((dow - first + 7) % 7) + (n - 1) * 7;
  return fromUtc(Date.UTC(year, month - 1, day));
}

/** Pure: the last weekday `dow` (0 Sunday) of a month. */
export function lastWeekday(year: number, month: number, dow: number): IsoDate {
  const last = new Date(Date.UTC(year, month, 0));
  const back = (last.getUTCDay() - dow + 7) % 7;
  return fromUtc(last.getTime() - back * DAY_MS);
}

/** A fixed-date holiday falling on a weekend is observed on the Friday before or the Monday after. */
function observed(date: IsoDate): IsoDate {
  const dow = weekday(date);
  if (dow === 6) return addDays(date, -1);
  if (dow === 0) return addDays(date, 1);
  return date;
}

function fixed(year: number, month: number, day: number): IsoDate {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Pure: the legal holidays in the District of Columbia in `year` (federal holidays, Inauguration Day, Emancipation Day), as observed. */
export function dcHolidays(year: number): IsoDate[] {
  const days = [
    observed(fixed(year, 1, 1)),
    nthWeekday(year, 1, 1, 3), // Martin Luther King Jr. Day
    nthWeekday(year, 2, 1, 3), // Washington's Birthday
    observed(fixed(year, 4, 16)), // DC Emancipation Day
    lastWeekday(year, 5, 1), // Memorial Day
    observed(fixed(year, 6, 19)),
    observed(fixed(year, 7, 4)),
    nthWeekday(year, 9, 1, 1), // Labor Day
    nthWeekday(year, 10, 1, 2), // Columbus Day
    observed(fixed(year, 11, 11)),
    nthWeekday(year, 11, 4, 4), // Thanksgiving
    observed(fixed(year, 12, 25)),
    observed(fixed(year + 1, 1, 1)), // New Year's Day of next year observed on Dec 31
  ];
  if ((year - 1965) % 4 === 0) {
    const inauguration = fixed(year, 1, 20);
    days.push(weekday(inauguration) === 0 ? fixed(year, 1, 21) : inauguration);
  }
  return days.filter((d) => d.startsWith(`${year}-`));
}

// A year's holidays never change: each year's are worked out once (every deadline rolls over several days).
const holidaysByYear = new Map<number, ReadonlySet<IsoDate>>();

/** Pure: whether `date` is a Saturday, Sunday or DC legal holiday (IRC 7503). */
export function isNonBusinessDay(date: IsoDate): boolean {
  const dow = weekday(date);
  if (dow === 0 || dow === 6) return true;
  const year = Number(date.slice(0, 4));
  let holidays = holidaysByYear.get(year);
  if (!holidays) {
    holidays = new Set(dcHolidays(year));
    holidaysByYear.set(year, holidays);
  }
  return holidays.has(date);
}

/** Pure: `date`, or the next day that is not a weekend or DC legal holiday. */
export function rollToBusinessDay(date: IsoDate): IsoDate {
  let day = date;
  while (isNonBusinessDay(day)) day = addDays(day, 1);
  return day;
}
