import type { IsoDate } from '../facts/facts.js';
import { findHolidayDates } from './holiday-dates.js';
import { addDays, daysInMonth, fromIso, toIso } from './iso-date.js';

/** Which way an unstated year (or month) leans: notices lie in the past, harms in the future. */
export type DateDirection = 'past' | 'future';

/** A date found in a text, with where it was found (`index`..`end` in the text). */
export type DateCandidate = { index: number; end: number; date: IsoDate; approximate: boolean };

const MONTHS: ReadonlyArray<[RegExp, number]> = [
  [/^(jan|ene)/, 1],
  [/^feb/, 2],
  [/^mar(?!t)|^marzo/, 3],
  [/^(apr|abr)/, 4],
  [/^may/, 5],
  [/^jun/, 6],
  [/^jul/, 7],
  [/^(aug|ago)/, 8],
  [/^(sep|set)/, 9],
  [/^oct/, 10],
  [/^nov/, 11],
  [/^(dec|dic)/, 12],
];
/** Month names and common abbreviations, English and Spanish, for use inside a RegExp. */
export const MONTH_PATTERN =
  'january|february|march|april|may|june|july|august|september|sept|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|abr|ago|dic';

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  un: 1,
  una: 1,
  uno: 1,
  two: 2,
  dos: 2,
  couple: 2,
  three: 3,
  tres: 3,
  few: 3,
  four: 4,
  cuatro: 4,
  five: 5,
  cinco: 5,
  six: 6,
  seis: 6,
  seven: 7,
  siete: 7,
  eight: 8,
  ocho: 8,
  nine: 9,
  nueve: 9,
  ten: 10,
  diez: 10,
  eleven: 11,
  once: 11,
  twelve: 12,
  doce: 12,
  fifteen: 15,
  quince: 15,
  twenty: 20,
  veinte: 20,
  thirty: 30,
  treinta: 30,
  forty: 40,
  cuarenta: 40,
  fifty: 50,
  cincuenta: 50,
  sixty: 60,
  sesenta: 60,
  ninety: 90,
  noventa: 90,
  hundred: 100,
  cien: 100,
  several: 3,
  varios: 3,
  varias: 3,
  unos: 3,
  unas: 3,
};

/** Count words ("three", "tres", "a few") for use inside a RegExp, longest first. */
export const COUNT_WORD_PATTERN = ['a few', 'a couple of', 'a couple', 'couple of', ...Object.keys(NUMBER_WORDS)]
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Pure: the month number of a month name or abbreviation (English or Spanish), or undefined. */
export function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  return MONTHS.find(([pattern]) => pattern.test(lower))?.[1];
}

/** Pure: a count written as digits or words ("3", "three", "tres", "a couple"), or undefined. */
export function countValue(word: string): number | undefined {
  const cleaned = word.toLowerCase().trim();
  if (/^\d+(\.\d+)?$/.test(cleaned)) return Number(cleaned);
  return NUMBER_WORDS[cleaned.replace(/^(a|the) /, '').replace(/ of$/, '')];
}

/** Pure: a day of some month, resolved towards the past or the future (`offset` pins "this/last/next month"). */
export function resolveDayOfMonth(day: number, today: IsoDate, direction: DateDirection, offset?: number): IsoDate {
  const now = fromIso(today);
  let shift = offset ?? 0;
  if (offset === undefined && direction === 'past' && day > now.day) shift = -1;
  if (offset === undefined && direction === 'future' && day < now.day) shift = 1;
  const first = fromIso(toIso({ year: now.year, month: now.month + shift, day: 1 }));
  return toIso({ ...first, day: Math.min(day, daysInMonth(first.year, first.month)) });
}

/** Pure: a month and day with no year, in the year that puts it on the `direction` side of today. */
export function resolveMonthDay(month: number, day: number, today: IsoDate, direction: DateDirection): IsoDate {
  const { year } = fromIso(today);
  const candidate = toIso({ year, month, day });
  if (direction === 'past' && candidate > today) return toIso({ year: year - 1, month, day });
  if (direction === 'future' && candidate < today) return toIso({ year: year + 1, month, day });
  return candidate;
}

/** Pure: a month with no year ("in May", "mid May"); the current month counts as the nearest on either side. */
export function resolveMonth(month: number, day: number, today: IsoDate, direction: DateDirection): IsoDate {
  const now = fromIso(today);
  let year = now.year;
  if (direction === 'past' && month > now.month) year -= 1;
  if (direction === 'future' && month < now.month) year += 1;
  const date = toIso({ year, month, day: Math.min(day, daysInMonth(year, month)) });
  if (direction === 'past' && date > today) return today;
  return direction === 'future' && date < today ? today : date;
}

const DAY_ONLY = new RegExp(
  `\\b(?:the|el|del|el d[ií]a)\\s+(\\d{1,2})(st|nd|rd|th)?\\b(?!\\s*[/-]\\d)(?!\\s+(?:of|de)\\s+(?:${MONTH_PATTERN})\\b)` +
    '(?:\\s+(?:of\\s+)?(this|last|next|the)\\s+month|\\s+(?:de|del)\\s+(?:este|el)?\\s*mes\\s*(pasado|que viene|proximo|próximo)?)?',
  'gi',
);
const PART_OF_MONTH = new RegExp(
  '\\b(mid|middle of|early|beginning of|start of|late|end of|the end of|(?:a )?mediados de|(?:a )?principios de|' +
    `(?:a )?finales de|(?:a )?fines de)[\\s-]+(${MONTH_PATTERN})\\b(?:\\s*,?\\s*(\\d{4}))?`,
  'gi',
);
const MONTH_ONLY = new RegExp(
  `\\b(?:in|since|from|by|around|until|till|before|after|during|en|desde|durante|hasta|last|this|next)\\s+(?:(?:like|about|around|maybe|probably|como)\\s+)?(${MONTH_PATTERN})\\b(?!\\s*\\d)`,
  'gi',
);
const AGO =
  /\b(?:hace\s+(?:como\s+|unos?\s+|unas\s+|casi\s+|m[aá]s de\s+)?(\d+|\p{L}+)\s+(d[ií]as?|semanas?|mes(?:es)?|a[nñ]os?))/giu;

/**
 * A past year said of when something happened ("back in 2024", "got it in 2023"); "from 2024" or "for 2024" often name
 * a tax year instead, so they do not count.
 */
const YEAR_ONLY =
  /\b(?:back in|(?:came|got|received|recieved|sent|mailed|dated|arrived|issued)(?: (?:it|them|that|one|this))?(?: back)? in|all[aá] por)\s+((?:19|20)\d\d)\b/gi;

/** A season said of when something happened ("in the summer", "last spring", "en el verano"). */
const SEASON =
  /\b(?:in|during|over|back in|last|this|el|en el|este|durante el|el pasado)\s+(?:the\s+)?(summer|spring|fall|autumn|winter|verano|primavera|oto[nñ]o|invierno)\b(?!,?\s+(?:of\s+|de\s+)?(?:19|20)\d\d)/gi;
/** The month a season ends in (meteorological seasons: summer is June to August). */
const SEASON_END: Readonly<Record<string, number>> = {
  spring: 5,
  primavera: 5,
  summer: 8,
  verano: 8,
  fall: 11,
  autumn: 11,
  otono: 11,
  otoño: 11,
  winter: 2,
  invierno: 2,
};

/**
 * The last day of the most recent season of that name that is over, or undefined while it is still going on ("this
 * fall" in November cannot be placed). Its last day is the latest the event can have been, like a bare past year.
 */
function seasonEnd(name: string, today: IsoDate): IsoDate | undefined {
  const endMonth = SEASON_END[name.toLowerCase()];
  if (endMonth === undefined) return undefined;
  const { year, month } = fromIso(today);
  const startMonth = ((endMonth + 9) % 12) + 1; // two months before the end
  const inSeason =
    startMonth <= endMonth ? month >= startMonth && month <= endMonth : month >= startMonth || month <= endMonth;
  if (inSeason) return undefined;
  const endYear = month > endMonth ? year : year - 1;
  return toIso({ year: endYear, month: endMonth, day: daysInMonth(endYear, endMonth) });
}

/**
 * Pure: dates chrono misses: "the 18th", "mid May", "hace como 3 semanas", "back in 2024", "in the summer",
 * "around halloween".
 */
export function findExtraDates(text: string, today: IsoDate, direction: DateDirection): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const m of text.matchAll(YEAR_ONLY)) {
    const year = Number(m[1]);
    // Only a past year: its last day is the latest the event can have been, which keeps any window the longest.
    if (year >= fromIso(today).year) continue;
    found.push({ index: m.index, end: m.index + m[0].length, date: `${year}-12-31`, approximate: true });
  }
  for (const m of text.matchAll(DAY_ONLY)) {
    const day = Number(m[1]);
    const spanish = /^(el|del)/i.test(m[0]);
    if (day < 1 || day > 31 || (!m[2] && !spanish)) continue;
    const pin = (m[3] ?? m[4] ?? '').toLowerCase();
    const offset = { this: 0, the: 0, last: -1, pasado: -1, next: 1, 'que viene': 1, proximo: 1, próximo: 1 }[pin];
    const pinned = offset ?? (/\bmes\b/i.test(m[0]) ? 0 : undefined);
    const date = resolveDayOfMonth(day, today, direction, pinned);
    found.push({ index: m.index, end: m.index + m[0].length, date, approximate: false });
  }
  for (const m of text.matchAll(PART_OF_MONTH)) {
    const month = monthNumber(m[2] ?? '');
    if (!month) continue;
    const part = (m[1] ?? '').toLowerCase();
    const day = /mid|mediados/.test(part) ? 15 : /end|late|finales|fines/.test(part) ? 25 : 5;
    const date = m[3] ? toIso({ year: Number(m[3]), month, day }) : resolveMonth(month, day, today, direction);
    found.push({ index: m.index, end: m.index + m[0].length, date, approximate: true });
  }
  for (const m of text.matchAll(MONTH_ONLY)) {
    const month = monthNumber(m[1] ?? '');
    if (!month) continue;
    const date = resolveMonth(month, 1, today, direction);
    found.push({ index: m.index, end: m.index + m[0].length, date, approximate: true });
  }
  for (const m of direction === 'past' ? text.matchAll(SEASON) : []) {
    const date = seasonEnd(m[1] ?? '', today);
    if (date) found.push({ index: m.index, end: m.index + m[0].length, date, approximate: true });
  }
  found.push(...findHolidayDates(text, today, direction));
  for (const m of text.matchAll(AGO)) {
    const count = countValue(m[1] ?? '');
    if (count === undefined) continue;
    const unit = (m[2] ?? '').toLowerCase();
    const days = unit.startsWith('d') ? 1 : unit.startsWith('s') ? 7 : unit.startsWith('m') ? 30 : 365;
    found.push({
      index: m.index,
      end: m.index + m[0].length,
      date: addDays(today, -count * days),
      approximate: days > 1,
    });
  }
  return found;
}
