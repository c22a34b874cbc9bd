import { describe, expect, it } from 'vitest';
import { detectAbroad, findNotices } from '../../src/understanding/notices.js';

const today = '2026-11-20';
const codes = (text: string) => findNotices(text, today).map((n) => n.code);

describe('findNotices', () => {
  it.each([
    ['I got an LT11', ['LT11']],
    ['lt 11', ['LT11']],
    ['LT-11', ['LT11']],
    ['lt11 from the irs', ['LT11']],
    ['Letter 1058', ['L1058']],
    ['the 1058 letter', ['L1058']],
    ['1058', ['L1058']],
    ['a CP90 and a CP 297', ['CP90', 'CP297']],
    ['cp297a', ['CP297A']],
    ['CP297C', ['CP297C']],
    ['letter 3172', ['L3172']],
    ['Notice of Federal Tax Lien Filing and Your Right to a Hearing', ['L3172']],
    ['CP3219A', ['CP3219A']],
    ['letter 3219', ['L3219']],
    ['cp3219n', ['CP3219N']],
    ['a notice of deficiency', ['NOD']],
    ['the 90 day letter', ['NOD']],
    ['notice of deficiency, a CP3219A', ['CP3219A']],
    ['final notice of intent to levy', ['FINAL_LEVY']],
    ['it says final notice, they will levy my bank', ['FINAL_LEVY']],
    ['final notice of intent to levy (LT11)', ['LT11']],
    ['a notice of determination from appeals', ['CDP_DETERMINATION']],
    ['I had my hearing with Appeals over the levy and they said the levy can go ahead', ['CDP_DETERMINATION']],
    ['the settlement officer upheld the lien', ['CDP_DETERMINATION']],
    ['appeals denied my audit protest', []],
    ['CP14 then CP501 then cp503 then cp-504', ['CP14', 'CP501', 'CP503', 'CP504']],
    ['CP523', ['CP523']],
    ['cp2000', ['CP2000']],
    ['letter 525 and form 4549', ['L525', 'F4549']],
    ['letter 915', ['L915']],
    ['letter 5071C', ['L5071C']],
    ['letter 4883c', ['L4883C']],
    ['Letter 5747C', ['L5747C']],
    ['letter 5447C', ['L5447C']],
    ['CP5071', ['CP5071']],
    ['CP508C', ['CP508C']],
    ['cp259', ['CP259']],
    ['a cp 11 and letter 2272c', ['CP11', 'L2272C']],
    ['a 504 notice', ['CP504']],
    ['I owe 14,200 for 2023, call 614-555-0142', []],
    ['I got a letter from the IRS', []],
  ])('finds %j as %j', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it.each([
    ['LT11 dated 11/2', { code: 'LT11', date: '2026-11-02', dateSource: 'printed' }],
    ['the date on my CP504 is nov 13', { code: 'CP504', date: '2026-11-13', dateSource: 'printed' }],
    ['tengo un CP504 con fecha del 2 de noviembre', { code: 'CP504', date: '2026-11-02', dateSource: 'printed' }],
    ['LT11 11/9', { code: 'LT11', date: '2026-11-09', dateSource: 'printed' }],
    ['the LT11 came yesterday', { code: 'LT11', date: '2026-11-19', dateSource: 'received' }],
    ['I got the 1058 on 11/16', { code: 'L1058', date: '2026-11-16', dateSource: 'received' }],
    ['got an LT11 about three weeks ago', { code: 'LT11', date: '2026-10-30', dateSource: 'approximate' }],
    ['LT11, I dont know the date', { code: 'LT11', date: null, dateSource: 'unknown' }],
    ['an LT11', { code: 'LT11', date: null, dateSource: 'unknown' }],
    ['got the CP504 yesterday but its dated 11/9', { code: 'CP504', date: '2026-11-09', dateSource: 'printed' }],
  ])('dates %j', (text, notice) => {
    expect(findNotices(text, today)).toEqual([notice]);
  });

  it('puts the date on the nearest notice', () => {
    expect(findNotices('CP523 and now a CP504 dated 11/9', today)).toEqual([
      { code: 'CP523', date: null, dateSource: 'unknown' },
      { code: 'CP504', date: '2026-11-09', dateSource: 'printed' },
    ]);
  });

  it('does not take a pay-by date for the notice date', () => {
    expect(findNotices('CP504 dated 11/2, pay by 12/1', today)).toEqual([
      { code: 'CP504', date: '2026-11-02', dateSource: 'printed' },
    ]);
  });
});

describe('findNotices: dates of harms and deadlines', () => {
  it.each([
    [
      'On Oct 30 the IRS mailed me a CP504, and now the utility says they will cut the power on Dec 3',
      { code: 'CP504', date: '2026-10-30', dateSource: 'printed' },
    ],
    [
      'we got a CP90 about our rental income. I cannot cover rent on December 1 if they take it',
      { code: 'CP90', date: null, dateSource: 'unknown' },
    ],
    [
      'the lender says the closing on Dec 12 is off because of the 3172',
      { code: 'L3172', date: null, dateSource: 'unknown' },
    ],
    [
      'a letter 1058 arrived, my mortgage payment on the 28th will bounce',
      { code: 'L1058', date: null, dateSource: 'unknown' },
    ],
    [
      'they sent an LT11 on November 2, but my landlord will evict us on Dec 5',
      { code: 'LT11', date: '2026-11-02', dateSource: 'printed' },
    ],
    [
      'my CP504 is dated 11/4 and the car payment is due 12/2',
      { code: 'CP504', date: '2026-11-04', dateSource: 'printed' },
    ],
  ])('does not date the notice with a harm to come: %j', (text, notice) => {
    expect(findNotices(text, today)).toEqual([notice]);
  });

  it('lets a later sentence date a notice only when it says the letter came or is dated', () => {
    expect(findNotices('I have a CP504. It showed up on Nov 2.', today)).toEqual([
      { code: 'CP504', date: '2026-11-02', dateSource: 'received' },
    ]);
    expect(findNotices('I have a CP504. My surgery is on Dec 2.', today)).toEqual([
      { code: 'CP504', date: null, dateSource: 'unknown' },
    ]);
  });
});

describe('detectAbroad', () => {
  it.each([
    ['I live in Mexico', 'Mexico'],
    ['vivo en México', 'Mexico'],
    ['vivo en Mexico, Jalisco. En Estados Unidos vivia en California', 'Mexico'],
    ['Guadalajara', 'Mexico'],
    ['we live in Zapopan', 'Mexico'],
    ['Toronto', 'Canada'],
    ['I moved to Canada last year', 'Canada'],
    ['vivo en Alemania', 'Germany'],
    ['the notice was mailed to me in the UK', 'United Kingdom'],
    ['I live abroad', 'abroad'],
    ['I am overseas right now', 'abroad'],
    ['I live outside the US', 'abroad'],
    ['vivo en el extranjero', 'abroad'],
  ])('finds %j abroad in %s', (text, expected) => {
    expect(detectAbroad(text)).toBe(expected);
  });

  it.each([
    'I live in New Mexico',
    'Albuquerque, New Mexico',
    'New Jersey',
    'Atlanta, Georgia',
    'I live in Ohio',
    'I was born in Mexico but I live in Texas now',
    'Indiana',
    'Panama City, Florida',
    'San Juan, Puerto Rico',
    '',
  ])('finds %j in the US', (text) => {
    expect(detectAbroad(text)).toBeUndefined();
  });
});

describe('findNotices: notices named only to say they are not there', () => {
  it.each([
    ['no lien letter recently', []],
    ['I never got the LT11 before they levied', []],
    ['I got the LT11, not the CP504', ['LT11']],
    ['No, the CP14 came in october', ['CP14']],
  ])('%j names %j', (text, codes) => {
    expect(findNotices(text, '2026-11-25').map((n) => n.code)).toEqual(codes);
  });
});

describe('findNotices: a month, a past season or a holiday dates a notice approximately (a season by its last day)', () => {
  it.each([
    ['the LT11 came in the summer', '2026-08-31'],
    ['got the 1058 last spring', '2026-05-31'],
    ['el LT11 llegó en el verano', '2026-08-31'],
    ['FINAL NOTICE OF INTENT TO LEVY IN LIKE AUGUST', '2026-08-01'],
    ['the notice of deficiency came sometime this fall', null],
    ['LT11, it came around halloween', '2026-10-31'],
    ['got the CP90 right after thanksgiving', '2025-11-27'],
    ['el LT11 llegó antes de navidad', '2025-12-25'],
  ])('%j is dated %j', (text, date) => {
    const [notice] = findNotices(text, '2026-11-25');
    expect(notice?.date ?? null).toBe(date);
    expect(notice?.dateSource).toBe(date ? 'approximate' : 'unknown');
  });
});
