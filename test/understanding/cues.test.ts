import { describe, expect, it } from 'vitest';
import { matchesIn } from '../../src/understanding/cues.js';

const viaMatchAll = (text: string, re: RegExp) =>
  [...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))].map((m) => [
    m.index,
    [...m],
  ]);
const viaMatchesIn = (text: string, re: RegExp) => matchesIn(text, re).map((m) => [m.index, [...m]]);

describe('matchesIn', () => {
  const texts = ['', 'no they took my check', 'levy levy levy', 'ñandú 😀 año 😀', 'a b c'];
  const patterns = [/\blevy\b/, /\b(no|not)\b/g, /x*/, /(?:)/g, /\p{L}*/u, /😀|/gu, /\b\w/i];

  it('gives what matchAll gives, empty matches and unicode included, again and again', () => {
    for (const text of texts) {
      for (const re of patterns) {
        expect(viaMatchesIn(text, re), `${re} in "${text}"`).toEqual(viaMatchAll(text, re));
        expect(viaMatchesIn(text, re), `${re} again in "${text}"`).toEqual(viaMatchAll(text, re));
      }
    }
  });
});
