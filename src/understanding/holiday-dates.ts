import type { IsoDate } from '../facts/facts.js';
import { lastWeekday, nthWeekday } from '../rules/calendar.js';
import type { DateCandidate, DateDirection } from './date-candidates.js';
import { fromIso, toIso } from './iso-date.js';

const on = (month: number, day: number) => (year: number) => toIso({ year, month, day });

/** The days people date things by, in English and Spanish, and where each falls in a given year. */
const HOLIDAYS: ReadonlyArray<[RegExp, (year: number) => IsoDate]> = [
  [/^(christmas eve|nochebuena)/, on(12, 24)],
  [/^(christmas|xmas|navidad)/, on(12, 25)],
  [/^new year.?s eve/, on(12, 31)],
  [/^(new year|a[nñ]o nuevo)/, on(1, 1)],
  [/^halloween/, on(10, 31)],
  [/^valentine/, on(2, 14)],
  [/^(the )?(4th|fourth) of july|^independence day/, on(7, 4)],
  [/^tax day/, on(4, 15)],
  [/^(thanksgiving|(el )?d[ií]a de acci[oó]n de gracias|acci[oó]n de gracias)/, (y) => nthWeekday(y, 11, 4, 4)],
  [/^labor day/, (y) => nthWeekday(y, 9, 1, 1)],
  [/^memorial day/, (y) => lastWeekday(y, 5, 1)],
];

/**
 * A holiday said of when something happened or will ("around halloween", "right after thanksgiving", "antes de
 * navidad"). Only after a word that places something in time, so "my christmas bonus" is not a date.
 */
const HOLIDAY = new RegExp(
  '\\b(?:around|about|near|on|at|by|after|before|over|during|since|until|till|from|right after|just after|' +
    'right before|just before|para|en|antes de|despu[eé]s de|cerca de|desde)\\s+(?:the\\s+|el\\s+|la\\s+)?' +
    "(christmas eve|nochebuena|christmas|xmas|navidad|new year[’']?s eve|new year[’']?s(?: day)?|new year|" +
    "a[nñ]o nuevo|halloween|valentine[’']?s(?: day)?|(?:the )?(?:4th|fourth) of july|independence day|tax day|" +
    'thanksgiving|(?:el )?d[ií]a de acci[oó]n de gracias|acci[oó]n de gracias|labor day|memorial day)\\b',
  'gi',
);

/**
 * Pure: the holidays the text dates something by, each on its most recent day on or before today (`past`) or its
 * next on or after today (`future`). Approximate: "around halloween" is a guess the advisor confirms.
 */
export function findHolidayDates(text: string, today: IsoDate, direction: DateDirection): DateCandidate[] {
  const found: DateCandidate[] = [];
  const { year } = fromIso(today);
  for (const m of text.matchAll(HOLIDAY)) {
    const name = (m[1] ?? '').toLowerCase();
    const dateIn = HOLIDAYS.find(([re]) => re.test(name))?.[1];
    if (!dateIn) continue;
    let date = dateIn(year);
    if (direction === 'past' && date > today) date = dateIn(year - 1);
    if (direction === 'future' && date < today) date = dateIn(year + 1);
    found.push({ index: m.index, end: m.index + m[0].length, date, approximate: true });
  }
  return found;
}
