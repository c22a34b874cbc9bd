import type { IsoDate } from '../facts/facts.js';
import { fail, ok, type Result } from '../result.js';
import { COUNT_WORD_PATTERN, countValue, MONTH_PATTERN } from './date-candidates.js';
import { findTiedDates } from './dates.js';
import { daysBetween } from './iso-date.js';

const DAYS_PER_UNIT: ReadonlyArray<[RegExp, number]> = [
  [/^(day|dia)/, 1],
  [/^(week|wk|semana)/, 7],
  [/^(month|mo|mes)/, 365 / 12],
  [/^(year|yr|ano)/, 365],
];
const COUNT = String.raw`\d+(?:\.\d+)?|${COUNT_WORD_PATTERN}`;
const UNIT = `days?|dias?|weeks?|wks?|semanas?|months?|mos?|mes(?:es)?|years?|yrs?|anos?`;
const AND_A_HALF = String.raw`(\s+(?:and|y)\s+(?:a\s+)?(?:half|medio|media))?`;
const QUANTITY = new RegExp(
  String.raw`(?<![\d\p{L}])(${COUNT})\+?${AND_A_HALF}(?:\s*-\s*|\s+(?:or|to|o|a|y|and)\s+)?(?:${COUNT})?\+?\s*(${UNIT})\b${AND_A_HALF}`,
  'giu',
);
const HALF = /\b(half a year|medio ano|a month and a half|mes y medio|half a month|medio mes)\b/;
const SINCE = new RegExp(
  String.raw`\b(since|desde|from)\b(?=\s+(?:the\s+|el\s+|last\s+|early\s+|mid\s+|late\s+)?(?:${MONTH_PATTERN}|\d))`,
  'i',
);

/** Pure: how many days a wait lasted up to `today` ("about six months", "3 or 4 months" (the lower), "since May"). */
export function parseDurationDays(text: string, today: IsoDate): Result<number, 'unclear'> {
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const since = SINCE.exec(plain);
  if (since) {
    const [date] = findTiedDates(plain.slice(since.index), today, 'past');
    if (date && date.date <= today) return ok(daysBetween(date.date, today));
  }
  const half = HALF.exec(plain)?.[1];
  if (half) return ok(/year|ano/.test(half) ? 182 : /month and|mes y/.test(half) ? 45 : 15);
  for (const match of plain.matchAll(QUANTITY)) {
    const count = countValue(match[1] ?? '');
    const unit = DAYS_PER_UNIT.find(([pattern]) => pattern.test(match[3] ?? ''))?.[1];
    if (count === undefined || unit === undefined) continue;
    return ok(Math.floor((count + (match[2] || match[4] ? 0.5 : 0)) * unit));
  }
  const [date] = findTiedDates(plain, today, 'past');
  return date && date.date <= today ? ok(daysBetween(date.date, today)) : fail('unclear');
}
