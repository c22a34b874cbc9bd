import { describe, expect, it } from 'vitest';
import { findIrsActions } from '../../src/understanding/actions.js';
import { isStateActorOnly, namesFederalActor, namesStateAgency } from '../../src/understanding/actor.js';
import { understandAnswer } from '../../src/understanding/answer.js';
import { extractFacts } from '../../src/understanding/extract.js';
import { detectStateTax } from '../../src/understanding/flags.js';
import { detectTriedIrs } from '../../src/understanding/signals.js';

const ctx = { today: '2026-11-25' };

describe('namesStateAgency', () => {
  it.each([
    'the Georgia Department of Revenue garnished my paycheck',
    'some letter from the california franchise tax board',
    'the state tax folks froze my savings',
    'ohio tax dept took my refund',
    'the state is levying my bank account',
    'NY taxation and finance sent a warrant',
    'el departamento de hacienda del estado me embargo',
  ])('finds a state agency in %j', (text) => {
    expect(namesStateAgency(text)).toBe(true);
  });

  it.each(['the State Department flagged my passport', 'I live in the state of Ohio', 'the IRS took my refund'])(
    'finds no state agency in %j',
    (text) => {
      expect(namesStateAgency(text)).toBe(false);
    },
  );

  it('does not count a denied IRS as the actor', () => {
    expect(namesFederalActor('it is the comptroller, not the IRS')).toBe(false);
    expect(isStateActorOnly('it is the comptroller, not the IRS')).toBe(true);
    expect(isStateActorOnly('the comptroller and the IRS both sent letters')).toBe(false);
  });
});

describe('state agencies are not the IRS', () => {
  it('reads a state garnishment as no IRS action, a state tax and harm now', () => {
    const facts = extractFacts('the Colorado Department of Revenue is taking 20% of every paycheck', ctx);
    expect(facts).toMatchObject({ irsActions: ['none'], stateTax: true, harmNow: true, issueType: 'other' });
    expect(facts.moneyTakenNow).toBeUndefined();
  });

  it('answers what the IRS did with none when the paper names the state', () => {
    const read = understandAnswer(
      'irs_action',
      'my boss showed me the order, it is from the state revenue office',
      ctx,
    );
    expect(read).toEqual({ ok: true, value: expect.objectContaining({ irsActions: ['none'], stateTax: true }) });
  });

  it('keeps the IRS levy when a separate sentence is about the state', () => {
    const found = findIrsActions('The IRS froze my checking account. The Kansas tax department also sent me a bill.');
    expect(found.irsActions).toEqual(['bank_levy']);
    expect(detectStateTax('The IRS froze my checking account. The Kansas tax department also sent me a bill.')).toBe(
      true,
    );
  });

  it('does not flag a state tax when the state only pointed to the IRS', () => {
    expect(detectStateTax('the department of revenue told me it was federal, so I called the IRS')).toBe(false);
  });

  it('does not flag a state tax for a state refund the IRS may seize (a CP504 says so)', () => {
    expect(detectStateTax('IRS notice CP504, notice of intent to seize your state tax refund or other property')).toBe(
      false,
    );
    expect(detectStateTax('my state tax refund is late')).toBe(true);
    expect(detectStateTax('my state refund from Illinois is taking forever')).toBe(true);
  });
});

describe('detectTriedIrs with other agencies', () => {
  it.each([
    ['I phoned the state revenue office three times', undefined],
    ['we wrote to the franchise tax board twice, we have not called the IRS', 'no'],
    ['I talked to the Ohio tax people a lot but never contacted the IRS', 'no'],
    ['the state, yes. the irs, no', 'no'],
    ['I called the IRS and the state both', 'yes'],
  ] as const)('reads %j as %j', (text, expected) => {
    expect(detectTriedIrs(text, false)).toBe(expected);
  });
});
