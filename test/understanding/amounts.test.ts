import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../src/understanding/amounts.js';

describe('findAmounts', () => {
  it.each([
    ['$3,100', [3100]],
    ['they took $3,100 from my account', [3100]],
    ['I owe 14,200', [14200]],
    ['about 2k', [2000]],
    ['11 grand', [11000]],
    ['71 thousand', [71000]],
    ['1.5k', [1500]],
    ['600', [600]],
    ['$1,234.56 and $80', [1234.56, 80]],
    ['rent is 1,400 due the 1st', [1400]],
    ['I owe 2000', [2000]],
    ['$2000', [2000]],
    ['50 dollars', [50]],
    ['3 mil dolares', [3000]],
    ['owe $14,200 for 2023 and 2024', [14200]],
    ['my refund of 4,800 from tax year 2024', [4800]],
  ])('finds %j as %j', (text, expected) => {
    expect(findAmounts(text)).toEqual(expected);
  });

  it.each([
    'for 2023',
    'tax years 2021 and 2022',
    'CP504 dated 11/9',
    'dated 9/2/2026',
    'letter 1058 and an LT11',
    'the 1058 letter',
    'call 614-555-0142',
    'call me at (614) 555-0142',
    'Columbus, OH 43215',
    'zip 43215',
    'I have 2 kids',
    'waiting 120 days',
    'I called 3 times',
    'the 18th',
    'ssn 123-45-6789',
    'form 4549',
    'CP2000',
    'a 504 notice',
    '+52 33 1234 5678',
  ])('finds nothing in %j', (text) => {
    expect(findAmounts(text)).toEqual([]);
  });
});
