import { describe, expect, it } from 'vitest';
import { findAbroad } from '../../src/understanding/abroad.js';
import { extractFacts } from '../../src/understanding/extract.js';

describe('findAbroad', () => {
  it.each([
    ['la carta fue enviada a mi domicilio en Barcelona', 'Spain', true],
    ['I live in Busan with my wife', 'South Korea', true],
    ['I am an English teacher in Osaka', 'Japan', true],
    ["I'm in Davao now", 'Philippines', true],
    ['we are based in Singapore', 'Singapore', true],
    ['retired in Chiang Mai since 2019', 'Thailand', true],
    ['my address in Mumbai', 'India', true],
    ['I moved to Lisbon last spring', 'Portugal', true],
    ['I work in Dubai for an oil company', 'United Arab Emirates', true],
    ['Athens, Greece', 'Greece', false],
    ['London, England', 'United Kingdom', false],
    ['Mexico City', 'Mexico', false],
  ] as const)('places %j in %s', (text, country, lives) => {
    expect(findAbroad(text)).toEqual({ country, lives });
  });

  it.each([
    'Paris, Texas',
    'I live in Dublin, Ohio',
    'Athens, Georgia',
    'London',
    'Rome, GA',
    'Vancouver, WA',
    'we took a trip to Tokyo last year',
    'I was working in Dubai for three months in 2022',
    'born in Manila, I live in Ohio now',
  ])('does not place %j abroad', (text) => {
    expect(findAbroad(text)).toBeUndefined();
  });
});

describe('extractFacts, addressed abroad', () => {
  const today = '2026-11-25';
  it.each([
    'the notice of deficiency was mandada a mi dirección en Valencia, España',
    "I'm a nurse in Auckland and just got a 90 day letter",
    'I live in Seoul and the IRS sent me a notice of deficiency',
  ])('reads %j as addressed abroad', (text) => {
    expect(extractFacts(text, { today }).addressedAbroad).toBe(true);
  });

  it('does not read a past trip as an address abroad', () => {
    expect(extractFacts('we went on a trip to Madrid, then a 90 day letter came', { today }).addressedAbroad).toBe(
      undefined,
    );
  });
});
