import { describe, expect, it } from 'vitest';
import { detectPromisedDateMissed } from '../../src/understanding/signals.js';
import { findConclusion, isDontKnow, parseYesNo } from '../../src/understanding/yes-no.js';

const answer = (text: string) => {
  const result = parseYesNo(text);
  return result.ok ? result.value : result.error;
};

describe('parseYesNo', () => {
  it.each([
    'yes',
    'Yes',
    'yeah',
    'yep',
    'yes 100%',
    'absolutely',
    'definitely',
    'of course',
    'sure',
    'yes! those are real',
    'si',
    'sí',
    'Sí, claro',
    'claro',
    'yesss',
    'yse',
    'absolutly',
    'definately',
    'i think so',
    'yes i have',
    'I did',
    'well yeah',
    'pues si',
    'Y',
    'yeah but they never answered',
    'yes but no luck',
    'si, ya les llame',
    'no wait, yes',
    'they took my whole paycheck so yes',
  ])('reads %j as yes', (text) => {
    expect(answer(text)).toBe('yes');
  });

  it.each([
    'no',
    'No.',
    'nope',
    'nah',
    'no i havent called them yet',
    'not yet',
    'not really',
    'not really a hardship yet',
    'no, Im ok for now',
    'i dont think so',
    "I don't think so",
    'i wouldnt say that',
    'not that i know of',
    'todavia no',
    'todavía no',
    'pues no tanto',
    'no',
    'nooo',
    'absolutely not',
    'nope, never got anything',
    'N',
    'of course not',
    'i havent',
    'never',
    'honestly no',
  ])('reads %j as no', (text) => {
    expect(answer(text)).toBe('no');
  });

  it.each([
    'kinda',
    'kind of',
    'sort of',
    'a little',
    'maybe',
    "I'm not sure",
    'Im not sure',
    'dont know',
    'idk',
    'no idea',
    'not sure',
    'no sé',
    'no se',
    'tal vez',
    'yeah kind of',
    'no, i dont know',
    'más o menos',
    'hmm maybe',
    'im not really sure',
    'probably',
  ])('reads %j as unsure', (text) => {
    expect(answer(text)).toBe('unsure');
  });

  it.each([
    '',
    'yes and no',
    'yes but no',
    'si y no',
    'I got a letter from them in March about my 2023 return',
    'no money for rent and they took my paycheck last week',
    'no tengo dinero para pagar la renta este mes por el embargo',
    'the IRS',
    'asdfgh',
  ])('reads %j as unclear', (text) => {
    expect(answer(text)).toBe('unclear');
  });
});

describe('isDontKnow', () => {
  it.each([
    ['idk', true],
    ['I dont know the date', true],
    ["I don't know", true],
    ['no sé', true],
    ['no idea', true],
    ['not sure when it came', true],
    ['no lo se', true],
    ['yes', false],
    ['I dont know what to do, they took my paycheck and my kids need food', false],
    ['no se puede pagar', false],
    ['no', false],
  ])('reads %j as %s', (text, expected) => {
    expect(isDontKnow(text)).toBe(expected);
  });
});

describe('findConclusion', () => {
  it.each([
    ['The letter told me to wait 60 days, so no, not yet', 'no'],
    ['they told me 45 days and it has been 80, so yes', 'yes'],
    ['I only checked the website, so no.', 'no'],
    ['me dijeron ocho semanas y ya pasaron cinco meses, así que sí', 'yes'],
    ['nos dijeron que esperáramos, entonces no', 'no'],
  ] as const)('reads %j as %s', (text, expected) => {
    expect(findConclusion(text)).toBe(expected);
    expect(answer(text)).toBe(expected);
  });

  it.each(['so no one ever called me back', 'I said no to the agent', 'they promised a call, so now I wait'])(
    'finds no conclusion in %j',
    (text) => {
      expect(findConclusion(text)).toBeUndefined();
    },
  );
});

describe('a concluding answer to "did the IRS miss a date it gave?"', () => {
  it('wins over the date the person quotes', () => {
    expect(detectPromisedDateMissed('The notice said allow 8 weeks for processing, so no, not yet')).toBe('no');
  });
});
