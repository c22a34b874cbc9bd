import { describe, expect, it } from 'vitest';
import type { AppealStatus } from '../../src/facts/facts.js';
import {
  detectAppealStatus,
  detectCriminal,
  detectFrivolous,
  detectStateTax,
  readAppealAnswer,
} from '../../src/understanding/flags.js';

describe('flags', () => {
  it('detects Criminal Investigation contact', () => {
    expect(detectCriminal('an IRS special agent left his card at my office')).toBe(true);
    expect(detectCriminal('no criminal investigation, just an audit')).toBe(false);
  });

  it('detects a state tax, not the State Department', () => {
    expect(detectStateTax('this is the Franchise Tax Board going after me')).toBe(true);
    expect(detectStateTax('the state department denied my passport')).toBe(false);
  });

  it('detects frivolous positions', () => {
    expect(detectFrivolous('income tax is voluntary and I am a sovereign citizen')).toBe(true);
    expect(detectFrivolous('I volunteered at a tax clinic')).toBe(false);
  });
});

describe('detectAppealStatus', () => {
  const cases: ReadonlyArray<[string, AppealStatus | undefined]> = [
    ['my lawyer filed a petition in tax court in june', 'tax_court'],
    ['the case is docketed', 'tax_court'],
    ['I had my CDP hearing last month and they ruled against me', 'hearing_done'],
    ['I mailed the form 12153 for a hearing', 'hearing_requested'],
    ['the 12153 was sent last week', 'hearing_requested'],
    ["it says notice of your right to a hearing, and there's a form 12153 with it", undefined],
    ['I sent in a protest and its in appeals now', 'appeal_pending'],
    ['never asked for any hearing', 'none'],
    ['can I still petition tax court?', undefined],
    ["it's a notice of deficiency, says I can petition the tax court", undefined],
  ];
  it.each(cases)('reads "%s"', (text, expected) => {
    expect(detectAppealStatus(text)).toBe(expected);
  });

  it('reads a bare no or dont know to the question', () => {
    expect(readAppealAnswer('nope')).toBe('none');
    expect(readAppealAnswer('no idea')).toBe('unknown');
  });
});
