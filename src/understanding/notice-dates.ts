import type { IsoDate } from '../facts/facts.js';
import { findTiedDates, type TiedDate } from './dates.js';
import { daysBetween } from './iso-date.js';

/** Where a notice code was named in the text. */
export type Mention = { code: string; index: number; end: number };

/**
 * Where one thought ends and another begins: sentence ends, semicolons, and the joints people use to move on to a new
 * event ("..., and now my bank says", "then", "but"). A date only dates a notice named in its own part.
 */
const BOUNDARY =
  /[!?;\n]|\.(?=\s+\D|\s*$)|,\s*(?:and|y)\b|\b(?:and now|and then|then|but|so|pero|y ahora|luego|despues|después)\b/gi;
/** A date a harm or a deadline falls on, by the words just before it in its part ("payroll on Dec 1", "due 12/1"). */
const DEADLINE_CUE =
  /\b(by|due|before|until|deadline|respond|pay|vence|antes del?|hasta el?|closing|close|closes|payroll|rent|mortgage|eviction|evict\w*|shut\w*|cut\w*|disconnect\w*|repossess\w*|surgery|appointment|hearing on|renew\w*|expires?|starts?|start date|auction|sale|para el)\b[^.;!?]{0,30}$/i;
/** Words that tie a date to a letter's print ("dated", "it says"); a deadline cue after them still wins. */
const DATED_WORD = /\b(dated|date|says|said|printed|fecha\w*|issued)\b/gi;
/** Words that put the part in the future or make it a harm to come ("won't renew", "can't make payroll"). */
const FUTURE_PART =
  /\b(will|wont|won't|going to|gonna|cant make|can't make|cannot make|have to|need to|unless|next|upcoming|coming up|is set for|scheduled)\b/i;
/** Cues that a date is when a letter was printed, sent or came, whatever else the part says. */
const LETTER_PAST =
  /\b(sent|mailed|dated|came|arrived|got|received|recieved|issued|printed|lleg[oó]|recib[ií]\w*|mandaron|enviaron)\b/i;
/** Cues that really print a date on the letter ("dated", "the date on it is"); "it says" may introduce any date. */
const STRONG_DATED = /\b(dated|date (on it|on the \w+|is|of)|printed|con fecha|fechad[ao]|issued)\b[^.;!?]{0,20}$/i;
const LETTER_WORD = /\b(it|its|it's|letter|notice|one|that|this|carta|aviso|notificaci[oó]n|la|lo)\b/i;
const EXPLICIT_YEAR = /\b(19|20)\d\d\b|\/\d{2}\b/;

/** Pure: the dates in `text` that date one of the `mentions`, keyed by code; deadlines and harms to come are left out. */
export function assignNoticeDates(text: string, today: IsoDate, mentions: readonly Mention[]): Map<string, TiedDate[]> {
  const byCode = new Map<string, TiedDate[]>();
  // No notice named: no date can date one, so the date parser (the dearest step of reading a story) is skipped.
  if (mentions.length === 0) return byCode;
  const parts = splitParts(text);
  for (const date of findTiedDates(text, today, 'past')) {
    const part = parts.find((p) => p.start <= date.index && date.index < p.end) ?? { start: 0, end: text.length };
    const before = text.slice(part.start, date.index);
    const partText = text.slice(part.start, part.end);
    if (isDeadline(before)) continue;
    if (isFutureEvent(text, date, partText, today)) continue;
    const inPart = mentions.filter((m) => m.index >= part.start && m.index < part.end);
    const candidates = inPart.length > 0 ? inPart : canCross(text, date, partText) ? [...mentions] : [];
    const nearest = nearestMention(candidates, date);
    if (nearest) byCode.set(nearest.code, [...(byCode.get(nearest.code) ?? []), date]);
  }
  return byCode;
}

/** The parts of a text between boundaries, as index ranges. */
function splitParts(text: string): Array<{ start: number; end: number }> {
  const parts: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    parts.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  parts.push({ start, end: text.length });
  return parts;
}

/** The words before a date (in its part) end on a deadline or harm cue not followed by a "dated" cue. */
function isDeadline(before: string): boolean {
  const cue = DEADLINE_CUE.exec(before);
  if (!cue) return false;
  const dated = [...before.matchAll(DATED_WORD)].map((m) => m.index);
  return !dated.some((index) => index > cue.index);
}

/**
 * A yearless date in a part about something to come ("won't renew ... on December 15") is that event's date: read
 * as past it would jump to last year. Only a letter cue ("sent", "dated") keeps it a notice's date.
 */
function isFutureEvent(text: string, date: TiedDate, partText: string, today: IsoDate): boolean {
  if (isStronglyDated(text, date) || EXPLICIT_YEAR.test(text.slice(date.index, date.end))) return false;
  if (LETTER_PAST.test(partText)) return false;
  return FUTURE_PART.test(partText) && daysBetween(date.date, today) > 31;
}

/** A date in a part naming no notice may date one named elsewhere only when it says so ("it's dated 11/9", "it came Monday"). */
function canCross(text: string, date: TiedDate, partText: string): boolean {
  if (isStronglyDated(text, date)) return true;
  return date.tie === 'received' && LETTER_WORD.test(partText);
}

function isStronglyDated(text: string, date: TiedDate): boolean {
  return STRONG_DATED.test(text.slice(Math.max(0, date.index - 40), date.index));
}

function nearestMention(mentions: readonly Mention[], date: TiedDate): Mention | undefined {
  const distance = (m: Mention): number => (date.index >= m.end ? date.index - m.end : Math.max(0, m.index - date.end));
  return [...mentions].sort((a, b) => distance(a) - distance(b))[0];
}
