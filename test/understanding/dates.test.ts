import { describe, expect, it } from 'vitest';
import { findDates, parseDate } from '../../src/understanding/dates.js';

const today = '2026-11-20'; // a Friday

describe('parseDate', () => {
  it.each([
    ['10/30', '2026-10-30'],
    ['11/9', '2026-11-09'],
    ['9/2/2026', '2026-09-02'],
    ['dated 8/21/26', '2026-08-21'],
    ['nov 13', '2026-11-13'],
    ['November 12', '2026-11-12'],
    ['the 18th of this month', '2026-11-18'],
    ['its dated the 18th', '2026-11-18'],
    ['the 25th', '2026-10-25'],
    ['August 10, 2026', '2026-08-10'],
    ['Oct 20', '2026-10-20'],
    ['12/1', '2025-12-01'],
    ['last friday', '2026-11-13'],
    ['yesterday', '2026-11-19'],
    ['tiene fecha del 2 de noviembre', '2026-11-02'],
    ['the 1058 letter dated 11/2', '2026-11-02'],
  ])('reads %j in the past as %s, exactly', (text, date) => {
    expect(parseDate(text, today, 'past')).toEqual({ ok: true, value: { date, approximate: false, received: false } });
  });

  it.each([
    ['about three weeks ago', '2026-10-30'],
    ['two weeks ago', '2026-11-06'],
    ['2 weeks ago', '2026-11-06'],
    ['maybe 10 days ago', '2026-11-10'],
    ['hace como 3 semanas', '2026-10-30'],
    ['mid May', '2026-05-15'],
    ['early november', '2026-11-05'],
    ['last week', '2026-11-13'],
    ['this week', '2026-11-15'],
    ['a few weeks ago', '2026-10-30'],
    ['sometime in october', '2026-10-01'],
  ])('reads %j in the past as about %s', (text, date) => {
    expect(parseDate(text, today, 'past')).toEqual({ ok: true, value: { date, approximate: true, received: false } });
  });

  it.each([
    ['December 1st', '2026-12-01'],
    ['dec 1', '2026-12-01'],
    ['12/1', '2026-12-01'],
    ['the 1st', '2026-12-01'],
    ['rents due the 1st', '2026-12-01'],
    ['the 15th', '2026-12-15'],
    ['January 29', '2027-01-29'],
    ['jan 29 2027', '2027-01-29'],
    ['11/9', '2027-11-09'],
    ['el 5 de diciembre', '2026-12-05'],
    ['in May', '2027-05-01'],
    ['since may', '2027-05-01'],
  ])('reads %j in the future as %s', (text, date) => {
    const result = parseDate(text, today, 'future');
    expect(result.ok && result.value.date).toBe(date);
  });

  it('marks a month with no day as approximate', () => {
    expect(parseDate('in May', today, 'future')).toEqual({
      ok: true,
      value: { date: '2027-05-01', approximate: true, received: false },
    });
  });

  it.each([
    ['it came on the 18th', '2026-11-18'],
    ['I got it yesterday', '2026-11-19'],
    ['llego hace dos semanas', '2026-11-06'],
    ['arrived nov 13', '2026-11-13'],
  ])('reads %j as the day it arrived', (text, date) => {
    const result = parseDate(text, today, 'past');
    expect(result.ok && result.value).toMatchObject({ date, received: true });
  });

  it.each([
    ['I got it yesterday but its dated 11/9', '2026-11-09'],
    ['it came 11/14, the date on it is 11/9', '2026-11-09'],
    ['llego el 10 de noviembre y tiene fecha del 2 de noviembre', '2026-11-02'],
  ])('prefers the printed date in %j', (text, date) => {
    expect(parseDate(text, today, 'past')).toEqual({ ok: true, value: { date, approximate: false, received: false } });
  });

  it.each([
    'I dont know the date',
    'I got a CP504 letter, owe $3,100',
    'I may be wrong',
    'call me at 614-555-0142',
    'letter 1058',
    'the sun was out',
    '',
  ])('finds no date in %j', (text) => {
    expect(parseDate(text, today, 'past')).toEqual({ ok: false, error: 'no-date' });
  });
});

describe('findDates: holidays people date things by', () => {
  it.each([
    ['it came around halloween', 'past', '2026-10-31'],
    ['got it right after thanksgiving', 'past', '2025-11-27'],
    ['the shutoff is before christmas', 'future', '2026-12-25'],
    ['llegó después de año nuevo', 'past', '2026-01-01'],
    ['around memorial day', 'past', '2026-05-25'],
    ['the hearing is after labor day', 'future', '2027-09-06'],
  ] as const)('%j (%s) is %s, approximately', (text, direction, date) => {
    expect(findDates(text, '2026-11-25', direction)).toMatchObject([{ date, approximate: true }]);
  });

  it('does not date a holiday named for something else', () => {
    expect(findDates('my christmas bonus was smaller', '2026-11-25', 'past')).toEqual([]);
    expect(findDates('thanksgiving dinner at my sisters', '2026-11-25', 'past')).toEqual([]);
  });
});
