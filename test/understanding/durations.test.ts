import { describe, expect, it } from 'vitest';
import { parseDurationDays } from '../../src/understanding/durations.js';

const today = '2026-11-20';

describe('parseDurationDays', () => {
  it.each([
    ['about six months', 182],
    ['7 weeks', 49],
    ['over 7 months', 212],
    ['like 100 days', 100],
    ['about a week', 7],
    ['8 days', 8],
    ['3 or 4 months', 91],
    ['2-3 weeks', 14],
    ['around 70 days', 70],
    ['6+ months', 182],
    ['a few months', 91],
    ['a couple of weeks', 14],
    ['a year', 365],
    ['over a year', 365],
    ['a month and a half', 45],
    ['2 and a half months', 76],
    ['como 3 semanas', 21],
    ['seis meses', 182],
    ['unos meses', 91],
    ['one month', 30],
    ['hace dos meses', 60],
    ['since May', 203],
    ['since april 9 when i efiled', 225],
    ['since February so around 9 months', 292],
    ['desde marzo', 264],
    ['I filed on August 10', 102],
  ])('reads %j as %i days', (text, days) => {
    expect(parseDurationDays(text, today)).toEqual({ ok: true, value: days });
  });

  it.each(['a long time', 'forever', 'I dont know', '90', '', 'I owe $3,100'])('finds no duration in %j', (text) => {
    expect(parseDurationDays(text, today)).toEqual({ ok: false, error: 'unclear' });
  });
});
