import { createRequire } from 'node:module';
import type { Component, ParsedResult } from 'chrono-node';
import type { IsoDate } from '../facts/facts.js';
import { fail, ok, type Result } from '../result.js';
import {
  type DateCandidate,
  type DateDirection,
  findExtraDates,
  resolveMonth,
  resolveMonthDay,
} from './date-candidates.js';
import { addDays, fromIso, toIso } from './iso-date.js';

export type { DateDirection } from './date-candidates.js';

/** A date read from a text: `approximate` when hedged or vague, `received` when it is when the letter arrived. */
export type ParsedDate = { date: IsoDate; approximate: boolean; received: boolean };

/** Notice codes, money, phone numbers and long numbers: never dates, so masked before parsing. */
// "now" (chrono reads it as today) is when the person speaks, not when anything happened: "I'm looking at it now".
const NOISE =
  /(?<!\bjust )\b(?:right )?now\b|\b(?:cp|lt|letter|form|notice|carta)\s*-?\s*\d+[a-z]?\b|\$\s?\d[\d,.]*k?|\b\d{1,3}(?:,\d{3})+\b|\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\b\d{5,}\b/gi;
const HEDGE =
  /\b(about|around|approx\w*|roughly|maybe|like|probably|i think|or so|ish|sometime|some time|como|unos|unas|aproximadamente|m[aá]s o menos|casi|cerca de|alrededor de|creo)\b/i;
const DATED =
  /\b(dated|date on it|date on the|date is|date of|the date|says|said|printed|fecha\w*|con fecha|issued|it's from|its from)\b/gi;
const RECEIVED =
  /\b(came|come|arrived|got|get|gotten|received|recieved|showed up|in the mail|mailbox|delivered|lleg[oó]|llegaron|recib[ií]\w*)\b/gi;
const VAGUE = /week|weekend|semana|months? ago|meses|mes pasado/i;
const CLAUSE_BREAK = /[.;!?]|\b(and|but|y|pero)\b/gi;

type ChronoLocale = typeof import('chrono-node/en');
let chronoLocales: readonly ChronoLocale[] | undefined;

/**
 * chrono's English and Spanish parsers, loaded on the first date read rather than at start-up (about 60 modules,
 * a sixth of the terminal's start). The locale entry points only: the package root loads all 15 locales.
 */
function chronoParsers(): readonly ChronoLocale[] {
  if (!chronoLocales) {
    const require = createRequire(import.meta.url);
    chronoLocales = [require('chrono-node/en') as ChronoLocale, require('chrono-node/es') as ChronoLocale];
  }
  return chronoLocales;
}

const RECENT_MAX = 8;
// One answer's text is read for dates by several readers (notice, hardship, waiting): the last few are kept.
const recent = new Map<string, readonly DateCandidate[]>();

/** A date found in a text with the cue it hangs on: "dated 11/9" is printed, "came 11/9" is when it arrived. */
export type TiedDate = DateCandidate & { tie: 'dated' | 'received' | undefined };

/** Pure: the date a text gives, resolved against `today`; with no year, `direction` picks the side of today. */
export function parseDate(text: string, today: IsoDate, direction: DateDirection): Result<ParsedDate, 'no-date'> {
  const tied = findTiedDates(text, today, direction);
  const chosen = tied.find((t) => t.tie === 'dated') ?? tied[0];
  if (!chosen) return fail('no-date');
  const received =
    chosen.tie === 'received' || (chosen.tie === undefined && hasMatch(RECEIVED, text) && !hasMatch(DATED, text));
  return ok({ date: chosen.date, approximate: chosen.approximate, received });
}

/** Pure: every date in the text with its cue; `approximate` also covers hedges around it ("about", "como"). */
export function findTiedDates(text: string, today: IsoDate, direction: DateDirection): TiedDate[] {
  return findDates(text, today, direction).map((candidate) => {
    const around = text.slice(Math.max(0, candidate.index - 30), candidate.end + 20);
    const approximate = candidate.approximate || HEDGE.test(around);
    return { ...candidate, approximate, tie: tieOf(text, candidate) };
  });
}

/** Pure: every date in the text, in order of appearance (chrono's English and Spanish parsers plus our own). */
export function findDates(text: string, today: IsoDate, direction: DateDirection): DateCandidate[] {
  const key = `${today}|${direction}|${text}`;
  let found = recent.get(key);
  if (found === undefined) {
    found = readDates(text, today, direction);
    if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value as string);
    recent.set(key, found);
  }
  return [...found];
}

function readDates(text: string, today: IsoDate, direction: DateDirection): DateCandidate[] {
  const masked = text.replace(NOISE, (m) => ' '.repeat(m.length));
  const found = findExtraDates(masked, today, direction);
  const { year, month, day } = fromIso(today);
  const ref = new Date(year, month - 1, day, 12);
  const option = { forwardDate: direction === 'future' };
  for (const parser of chronoParsers()) {
    for (const result of parser.parse(masked, ref, option)) {
      const candidate = fromChrono(result, masked, today, direction);
      if (candidate && !found.some((f) => f.index < candidate.end && candidate.index < f.end)) found.push(candidate);
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

function fromChrono(
  result: ParsedResult,
  text: string,
  today: IsoDate,
  direction: DateDirection,
): DateCandidate | undefined {
  const { start } = result;
  const at = { index: result.index, end: result.index + result.text.length };
  const get = (c: Component): number => start.get(c) ?? 0;
  const vague = VAGUE.test(result.text);
  if (start.isCertain('year') && start.isCertain('month')) {
    const date = toIso({ year: get('year'), month: get('month'), day: start.isCertain('day') ? get('day') : 1 });
    return { ...at, date, approximate: vague || !start.isCertain('day') };
  }
  if (start.isCertain('month') && start.isCertain('day')) {
    return { ...at, date: resolveMonthDay(get('month'), get('day'), today, direction), approximate: false };
  }
  if (start.isCertain('month')) {
    const before = text.slice(Math.max(0, result.index - 12), result.index);
    const alone = text.trim().length === result.text.length;
    if (
      !alone &&
      !/\b(in|since|from|of|by|around|until|till|before|after|en|desde|de|para|last|this|next)\s+$/i.test(before)
    ) {
      return undefined;
    }
    return { ...at, date: resolveMonth(get('month'), 1, today, direction), approximate: true };
  }
  if (start.isCertain('weekday')) {
    if (result.text.trim().length <= 3) return undefined; // "sat", "sun", "wed": more often words than days
    return { ...at, date: sideOfToday(chronoDay(get), today, direction), approximate: false };
  }
  return vague ? { ...at, date: chronoDay(get), approximate: true } : undefined;
}

function chronoDay(get: (c: Component) => number): IsoDate {
  return toIso({ year: get('year'), month: get('month'), day: get('day') });
}

/** A bare weekday lands within a week of today, on the `direction` side. */
function sideOfToday(date: IsoDate, today: IsoDate, direction: DateDirection): IsoDate {
  if (direction === 'past' && date > today) return addDays(date, -7);
  return direction === 'future' && date < today ? addDays(date, 7) : date;
}

/** The cue nearest before a date in its clause: "dated 11/9" is printed, "came 11/9" is when it arrived. */
function tieOf(text: string, candidate: DateCandidate): 'dated' | 'received' | undefined {
  let window = text.slice(Math.max(0, candidate.index - 45), candidate.index);
  const breaks = [...window.matchAll(CLAUSE_BREAK)];
  const lastBreak = breaks[breaks.length - 1];
  if (lastBreak) window = window.slice(lastBreak.index + lastBreak[0].length);
  const last = (pattern: RegExp): number => Math.max(-1, ...[...window.matchAll(pattern)].map((m) => m.index));
  const dated = last(DATED);
  const received = last(RECEIVED);
  if (dated === -1 && received === -1) return undefined;
  return dated > received ? 'dated' : 'received';
}

function hasMatch(pattern: RegExp, text: string): boolean {
  return [...text.matchAll(pattern)].length > 0;
}
