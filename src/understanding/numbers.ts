import type { IsoDate } from '../facts/facts.js';

/** Words that say the amount that follows is owed ("I owe about 9k", "a bill for $3,100", "debo 7,300"). */
const OWE_CUE =
  /\b(owe|owes|owed|owing|balance( due)?|debt|bill|debo|deuda|says i owe|cp ?\d{2,4}[a-z]?|lt ?\d{2,4})\b/gi;
const AMOUNT =
  /(?<![a-z\d])(\$\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(k|grand|thousand|mil|dollars|dolares)?(?![\d/-])/gi;
const MULTIPLIER: Readonly<Record<string, number>> = { k: 1000, grand: 1000, thousand: 1000, mil: 1000 };
const MONTHS =
  'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';
const DATE_BEFORE = new RegExp(
  `(\\b(${MONTHS})\\.?\\s+\\d{1,2}(st|nd|rd|th)?,?\\s*|/\\s*|-\\s*|\\bsince\\s+|\\bde\\s+|\\bback in\\s+|\\b(came|got|received|sent|mailed|dated|arrived|issued)( it| them| that| one| this)?( back)? in\\s+)$`,
  'i',
);

/** A month name right before an amount: "dec 15" is a day, not dollars. */
const MONTH_BEFORE = new RegExp(`\\b(${MONTHS})\\.?\\s*$`, 'i');

/** Pure: the amount the text says is owed (the first amount after an "owe" cue, in the same sentence); undefined if none. */
export function findAmountOwed(text: string): number | undefined {
  for (const cue of text.matchAll(OWE_CUE)) {
    const rest =
      text
        .slice(cue.index + cue[0].length)
        .split(/[.!?;]/)[0]
        ?.slice(0, 40) ?? '';
    for (const m of rest.matchAll(AMOUNT)) {
      const [, dollar, digits = '', unit = ''] = m;
      const value = Number.parseFloat(digits.replace(/,/g, '')) * (MULTIPLIER[unit.toLowerCase()] ?? 1);
      const looksLikeYear = /^(19|20)\d\d$/.test(digits) && !dollar && !unit;
      const isSpan = /^\s*(days?|weeks?|months?|years?|dias|semanas|meses)\b/i.test(
        rest.slice((m.index ?? 0) + m[0].length),
      );
      const isDay = MONTH_BEFORE.test(rest.slice(0, m.index ?? 0));
      if (!looksLikeYear && !isSpan && !isDay && value >= 10) return Math.round(value);
    }
  }
  return undefined;
}

/** Pure: tax years a text names ("my 2023 taxes", "for 2021 and 2022"), not the years of dates; before this year. */
export function findTaxYears(text: string, today: IsoDate): number[] {
  const thisYear = Number.parseInt(today.slice(0, 4), 10);
  const years = new Set<number>();
  for (const m of text.matchAll(/\b(19[89]\d|20\d\d)\b/g)) {
    const year = Number.parseInt(m[1] ?? '', 10);
    if (year >= thisYear || DATE_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}
