import { describe, expect, it } from 'vitest';
import { findIrsActions } from '../../src/understanding/actions.js';
import { isTakingOver } from '../../src/understanding/levy-timing.js';

const TODAY = '2026-11-25' as const;

describe('isTakingOver', () => {
  it.each([
    ['irs levied my bank acct but they released it, money came back yesterday', false, true],
    ['the irs took 1,400 out of my bank account last month', false, true],
    ['the IRS levied 650 from my savings in september', false, true],
    ['they froze our business account yesterday', false, false],
    ['they took 410 last friday and HR says every check now', true, false],
    ['they garnished my wages in september', true, false],
    ['they garnished my wages but released the levy last week', true, true],
    ['they have not released the levy', false, false],
    ['the irs levied my bank account in november', false, false],
  ])('%j (wage levy: %s) is over: %s', (text, wage, over) => {
    expect(isTakingOver(text, TODAY, wage)).toBe(over);
  });
});

describe('findIrsActions: money taken now', () => {
  it('is not a bank levy told in the past, nor a released one; it is a levy still running', () => {
    expect(findIrsActions('the irs took 1,400 out of my bank account last month', TODAY).moneyTakenNow).toBe(false);
    expect(findIrsActions('irs levied my bank but released it', TODAY).moneyTakenNow).toBe(false);
    expect(findIrsActions('the IRS is garnishing 25% of every check since october', TODAY).moneyTakenNow).toBe(true);
    expect(findIrsActions('the irs froze my bank account yesterday', TODAY).moneyTakenNow).toBe(true);
  });
});

describe('findIrsActions: a levy only feared', () => {
  it('is no levy when "any levy" would cost the rent', () => {
    expect(findIrsActions("Any levy and she can't pay rent.", TODAY).irsActions).not.toContain('wage_levy');
  });
});
