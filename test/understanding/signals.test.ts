import { describe, expect, it } from 'vitest';
import type { TriState } from '../../src/facts/facts.js';
import {
  detectDispute,
  detectProcessFailure,
  detectPromisedDateMissed,
  detectTriedIrs,
} from '../../src/understanding/signals.js';

describe('detectTriedIrs', () => {
  const cases: ReadonlyArray<[string, TriState | undefined]> = [
    ['I phoned them three times and waited on hold for hours', 'yes'],
    ['we mailed a letter back with copies of everything', 'yes'],
    ['went to the local IRS office in person last month', 'yes'],
    ['nope, I never reached out to them', 'no'],
    ['havent contacted anybody', 'no'],
    ['kind of, I used the online tool one time', 'unsure'],
    ['twice', 'yes'],
  ];
  it.each(cases)('reads "%s"', (text, expected) => {
    expect(detectTriedIrs(text)).toBe(expected);
  });

  it('does not count the IRS sending something, or filing the return, as an attempt', () => {
    expect(detectTriedIrs('they sent me a bill last month', false)).toBeUndefined();
    expect(detectTriedIrs('I mailed my return in july and nothing since', false)).toBeUndefined();
    expect(detectTriedIrs('mailed a 1040-X on sept 20 to add a 1099 i forgot', false)).toBeUndefined();
    expect(detectTriedIrs('i sent the amended return in march', false)).toBeUndefined();
    expect(detectTriedIrs('I mailed my response to the CP2000 in August', false)).toBe('yes');
  });
});

describe('detectTriedIrs: only the person or their side contacting the IRS', () => {
  it.each([
    'it took me weeks but I finally worked out that the IRS was the one taking it',
    'the nursing home mailed us a past due statement',
    'her bank put the account on hold and sent a form',
    'my employer called me into HR about a levy order',
    'they said the release was sent to payroll',
    'I went through every drawer looking for the letter',
  ])('reads no attempt in %j', (text) => {
    expect(detectTriedIrs(text, false)).toBeUndefined();
  });

  it.each([
    'my CPA faxed them the form in August',
    'me and my wife phoned them twice',
    'was on hold for two hours on Monday',
    'the agent told me to write in, so we wrote to them in May',
  ])('reads an attempt in %j', (text) => {
    expect(detectTriedIrs(text, false)).toBe('yes');
  });
});

describe('detectPromisedDateMissed', () => {
  const cases: ReadonlyArray<[string, TriState | undefined]> = [
    ['the agent told me six weeks, that was in August', 'yes'],
    ['she promised a call back within a week and never called', 'yes'],
    ['no one promised me anything', 'no'],
    ['yes', 'yes'],
  ];
  it.each(cases)('reads "%s"', (text, expected) => {
    expect(detectPromisedDateMissed(text)).toBe(expected);
  });
});

describe('detectProcessFailure', () => {
  const cases: ReadonlyArray<[string, TriState | undefined]> = [
    ['they misplaced my paperwork and asked for the same papers again', 'yes'],
    ['every person I talk to gives me a different answer', 'yes'],
    ['I got transferred five times', 'yes'],
    ['no, nothing like that happened', 'no'],
    ['only the one glitch on the website', undefined],
  ];
  it.each(cases)('reads "%s"', (text, expected) => {
    expect(detectProcessFailure(text)).toBe(expected);
  });
});

describe('detectDispute', () => {
  const cases: ReadonlyArray<[string, TriState | undefined]> = [
    ['no, I do not agree with their numbers at all', 'yes'],
    ['that money was my ex husbands business income, not mine', 'yes'],
    ['the figure is way too high', 'yes'],
    ['no I know I owe it', 'no'],
    ['nah its my own fault, I forgot to file', 'no'],
    ['no, I dont owe anything, I just want the refund', 'no'],
    ['yes, I dont owe any of this', 'yes'],
    ['si, la cantidad está mal', 'yes'],
    ['pues sí, el cálculo está equivocado', 'yes'],
    ['kinda, just the late fees', 'yes'],
    ['maybe some of it, the 2022 part', 'yes'],
    ['un poco, los recargos', 'yes'],
    ['probably not, it was my brothers company', 'no'],
    ['maybe, I have to look again', 'unsure'],
    ['no, the penalties seem fair to me', 'no'],
    ['no the balance is right, just the default is wrong', 'no'],
    ['the amount is right but the penalties are wrong', 'yes'],
  ];
  it.each(cases)('reads "%s"', (text, expected) => {
    expect(detectDispute(text).disputesAmount).toBe(expected);
  });

  it('hears a wish to undo an audit', () => {
    expect(detectDispute('I want that audit overturned').wantsUndo).toBe(true);
  });

  it('does not read a question about what is wrong as a dispute', () => {
    expect(detectDispute('nobody will tell me whats wrong with my account', false).disputesAmount).toBeUndefined();
  });
});

describe('detectPromisedDateMissed: a date still ahead', () => {
  it('is no promise missed yet; a date gone by is', () => {
    expect(detectPromisedDateMissed('no they said 21 days and its not 21 yet')).toBe('no');
    expect(detectPromisedDateMissed('they said 60 days and its been 90')).toBe('yes');
  });
});
