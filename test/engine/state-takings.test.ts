import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/state.js';
import { attributeStateTakings } from '../../src/engine/state-takings.js';
import type { Facts } from '../../src/facts/facts.js';

const answer = (slot: Answer['slot'], text: string, facts: Facts, owned = true): Answer => ({
  slot,
  text,
  facts,
  owned,
});

describe('attributeStateTakings', () => {
  const story = answer('narrative', 'they are garnishing my wages for taxes', {
    irsActions: ['wage_levy'],
    moneyTakenNow: true,
    issueType: 'levy_garnishment',
  });

  it('moves a taking off the IRS when a state agency is named and the IRS never is', () => {
    const answers = [
      story,
      answer('tried_irs', 'i called the arizona tax people, never called the irs', { stateTax: true }),
    ];
    const facts: Facts = { ...story.facts, stateTax: true };
    expect(attributeStateTakings(facts, answers)).toEqual({
      irsActions: ['none'],
      issueType: 'other',
      stateTax: true,
      harmNow: true,
    });
  });

  it('moves it when the person says, asked what the IRS did, that it was the state', () => {
    const irs = answer('narrative', 'the irs took 1,400 out of my bank account', { irsActions: ['bank_levy'] });
    const corrected = answer('irs_action', "it's the Georgia Department of Revenue, not the IRS", {
      irsActions: ['none'],
      stateTax: true,
    });
    const facts: Facts = { irsActions: ['bank_levy', 'none'], stateTax: true };
    expect(attributeStateTakings(facts, [irs, corrected]).irsActions).toEqual(['none']);
  });

  it('moves a bill the story put on the IRS to the state when, asked what the IRS did, the person says nothing', () => {
    const bill = answer('narrative', 'I got a bill from the IRS saying I owe 2,340', {
      irsActions: ['bill'],
      issueType: 'balance_due_collection',
    });
    const corrected = answer('irs_action', 'nothing from the IRS at all, this is only the state letter', {
      irsActions: ['none'],
    });
    const facts: Facts = { irsActions: ['bill', 'none'], issueType: 'balance_due_collection', stateTax: true };
    expect(attributeStateTakings(facts, [bill, corrected])).toEqual({
      irsActions: ['none'],
      issueType: 'other',
      stateTax: true,
    });
  });

  it('moves bills to the state when a state agency is named and the IRS never is', () => {
    const story = answer('narrative', 'Franchise tax board says I owe 2,400 for 2022', { stateTax: true });
    const picked = answer('irs_action', 'Sending bills', { irsActions: ['bill'] });
    const facts: Facts = { stateTax: true, irsActions: ['bill'], issueType: 'balance_due_collection' };
    expect(attributeStateTakings(facts, [story, picked])).toEqual({
      stateTax: true,
      irsActions: ['none'],
      issueType: 'other',
    });
  });

  it('leaves an IRS levy alone when the IRS is named or an IRS notice is known', () => {
    const named = [story, answer('tried_irs', 'I called the IRS and the state tax people', { stateTax: true })];
    const facts: Facts = { ...story.facts, stateTax: true };
    expect(attributeStateTakings(facts, named)).toBe(facts);
    const withNotice: Facts = { ...facts, notices: [{ code: 'LT11', date: null, dateSource: 'unknown' }] };
    expect(attributeStateTakings(withNotice, [story])).toBe(withNotice);
  });
});
