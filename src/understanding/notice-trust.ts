import type { IsoDate, Notice } from '../facts/facts.js';
import { findNotices } from './notices.js';

/** Words that really put a letter's date at today ("it came today", "hoy"). */
const TODAY = /\b(today|hoy|this morning|esta manana|esta mañana)\b/i;

/**
 * Pure: the notices a text names, with the dates it can vouch for. A date equal to today with no "today" in the text
 * comes from a stray "now" ("I live in Guadalajara now"), so it is dropped. With `askForExact`, an approximate date
 * ("back in September") is dropped too, so that the screening asks for the date printed on the notice: the deadline
 * runs from it, and the answer to that question then dates the notice.
 */
export function findTrustedNotices(text: string, today: IsoDate, askForExact: boolean): Notice[] {
  return findNotices(text, today).map((notice) => {
    const stray = notice.date === today && !TODAY.test(text);
    const vague = askForExact && notice.dateSource === 'approximate';
    return stray || vague ? { code: notice.code, date: null, dateSource: 'unknown' } : notice;
  });
}
