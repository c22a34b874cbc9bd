import type { Facts, Notice } from '../../src/facts/facts.js';

/** A notice with a printed date (or none). */
export function makeNotice(
  code: string,
  date: string | null,
  dateSource: Notice['dateSource'] = date ? 'printed' : 'unknown',
): Notice {
  return { code, date, dateSource };
}

/** Facts of a person who answered "no" to everything, overridden by `over`. */
export function makeFacts(over: Facts = {}): Facts {
  return {
    irsActions: ['none'],
    hardship: 'no',
    triedIrs: 'no',
    disputesAmount: 'no',
    noNotice: true,
    ...over,
  };
}
