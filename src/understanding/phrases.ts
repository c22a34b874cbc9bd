import { normalizeText } from './text-normalize.js';

/**
 * A set of normalised phrases, built from a `|`-separated list; `byFirst` gives, for each word that starts a
 * phrase, the most words such a phrase has.
 */
export type PhraseLexicon = ReadonlySet<string> & {
  readonly longest: number;
  readonly byFirst: ReadonlyMap<string, number>;
};

/** Pure: builds a lexicon from `a|b c|d`; each phrase is normalised like user text. */
export function phraseLexicon(list: string): PhraseLexicon {
  const phrases = list
    .split('|')
    .map(normalizeText)
    .filter((p) => p !== '');
  const longest = Math.max(1, ...phrases.map((p) => p.split(' ').length));
  const byFirst = new Map<string, number>();
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    const first = words[0] ?? '';
    byFirst.set(first, Math.max(byFirst.get(first) ?? 0, words.length));
  }
  return Object.assign(new Set(phrases), { longest, byFirst });
}

/** Pure: the end index (exclusive) of the longest lexicon phrase starting at word `i`, or undefined. */
export function phraseAt(lexicon: PhraseLexicon, words: readonly string[], i: number): number | undefined {
  // Most words start no phrase: one lookup instead of joining every span that starts there.
  const most = lexicon.byFirst.get(words[i] ?? '');
  if (most === undefined) return undefined;
  for (let n = Math.min(most, words.length - i); n >= 1; n -= 1) {
    if (lexicon.has(words.slice(i, i + n).join(' '))) return i + n;
  }
  return undefined;
}

/** Pure: the first index at or after `i` whose word is not in `skip`. */
export function skipWords(words: readonly string[], i: number, skip: ReadonlySet<string>): number {
  let j = i;
  while (j < words.length && skip.has(words[j] ?? '')) j += 1;
  return j;
}

/** Pure: the index of the first word where a lexicon phrase starts, or -1. */
export function findPhrase(lexicon: PhraseLexicon, words: readonly string[], from = 0): number {
  for (let i = from; i < words.length; i += 1) if (phraseAt(lexicon, words, i) !== undefined) return i;
  return -1;
}
