import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, dcHolidays, isNonBusinessDay, rollToBusinessDay } from '../../src/rules/calendar.js';

describe('calendar', () => {
  it('adds days across months and years', () => {
    expect(addDays('2026-11-13', 90)).toBe('2027-02-11');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2026-11-25', '2026-12-01')).toBe(6);
    expect(daysBetween('2026-12-01', '2026-11-25')).toBe(-6);
  });

  it.each([
    ['2026-11-26', 'Thanksgiving'],
    ['2026-12-25', 'Christmas'],
    ['2026-04-16', 'DC Emancipation Day'],
    ['2027-04-16', 'DC Emancipation Day on a Friday'],
    ['2029-01-15', 'Martin Luther King Jr. Day'],
    ['2025-01-20', 'Inauguration Day'],
    ['2026-07-03', 'Independence Day observed on Friday'],
  ])('treats %s as a DC legal holiday (%s)', (date) => {
    expect(dcHolidays(Number(date.slice(0, 4)))).toContain(date);
  });

  it('does not treat Inauguration Day as a holiday outside inauguration years', () => {
    expect(dcHolidays(2027)).not.toContain('2027-01-20');
  });

  it('rolls a Saturday due date to Monday', () => {
    expect(isNonBusinessDay('2026-12-19')).toBe(true);
    expect(rollToBusinessDay('2026-12-19')).toBe('2026-12-21');
  });

  it('rolls a due date on a holiday to the next business day', () => {
    expect(rollToBusinessDay('2026-11-26')).toBe('2026-11-27');
    expect(rollToBusinessDay('2026-12-25')).toBe('2026-12-28');
  });

  it('keeps a business day as it is', () => {
    expect(rollToBusinessDay('2026-12-02')).toBe('2026-12-02');
  });
});
