import { describe, expect, it } from 'vitest';
import type { IrsAction } from '../../src/facts/facts.js';
import { findIrsActions } from '../../src/understanding/actions.js';

const cases: ReadonlyArray<[string, IrsAction[], boolean]> = [
  ['my boss says the irs sent a garnishment and half my check is gone every week', ['wage_levy'], true],
  ['they are deducting money from my paycheck for the irs since october', ['wage_levy'], true],
  ['the bank froze our joint account because of an irs levy', ['bank_levy'], true],
  ['irs cleaned out my savings account on monday', ['bank_levy'], true],
  ['they are taking part of my social security every month', ['other_levy'], true],
  ['if they garnish my wages i wont make rent', [], false],
  ['im scared theyll take my paycheck next', [], false],
  ['I have a letter 1058 here', ['final_levy_notice'], false],
  ['a final notice that they intend to levy my property', ['final_levy_notice'], false],
  ['notice of intent to seize, CP504, pay now', ['bill'], false],
  ['appeals upheld the levy after my hearing', ['levy_sustained'], false],
  ['the lien was never released even though I paid in full', ['lien'], false],
  ['they keep mailing me bills for 2022', ['bill'], false],
  ['im behind on my light bill and other bills', [], false],
  ['the examiner sent a 30 day letter after the audit', ['audit'], false],
  ['cp2000 says I left out some stock sales', ['cp2000'], false],
  ['i got the ninety day letter', ['deficiency_notice'], false],
  ['where is my refund, it has been stuck for months', ['refund_held'], false],
  ['nothing yet, no refund', ['refund_held'], false],
  ['they are holding my refund until I verify my identity', ['refund_held', 'identity_hold'], false],
  ['somebody filed a return using my name', ['identity_hold'], false],
  ['my passport renewal is blocked over tax debt', ['passport_certification'], false],
  ['they cancelled my installment agreement by mistake, I never missed a payment', ['payment_plan_problem'], false],
  ['I amended my return last year and it still isnt processed', ['letters_unprocessed'], false],
  ['special agents from criminal investigation visited me', ['criminal_investigation'], false],
  ['nothing, they havent done anything', ['none'], false],
  ['me estan quitando dinero de mi cheque cada semana', ['wage_levy'], true],
  ['si le quitan el sueldo o la cuenta no podriamos pagar la renta', [], false],
  ['garnish', ['wage_levy'], true],
  ['Mi reembolso del 2025 no llega', ['refund_held'], false],
  ['sent a reply to an irs letter about my education credit 3 weeks ago', ['letters_unprocessed'], false],
  ['I sent a 1040-X in february and nothing has happened', ['letters_unprocessed'], false],
  ['they say they never got my return', ['letters_unprocessed'], false],
  ['el irs dice que no recibio mi declaracion', ['letters_unprocessed'], false],
  ['they garnished me', ['wage_levy'], true],
  ['garnished my social security', ['other_levy'], true],
  ['a notice of intent to garnish', [], false],
  ['si embargan la cuenta nos quedamos sin nada', [], false],
  ['our business account got levied this morning', ['bank_levy'], true],
  ['payroll says a garnishment starts with my next paycheck', ['wage_levy'], false],
  ['every year they keep taking my refund and applying it to an old debt', ['offset'], false],
  ['the IRS is sitting on our $2,310.50 refund', ['refund_held'], false],
  ['my last two paychecks each had $260 garnished', ['wage_levy'], true],
  ['the VA held back our March invoice because of an IRS levy', ['other_levy'], true],
  ['his disability check has been $190 short since June, the IRS is taking it', ['other_levy'], true],
  ['they sent back my offer in compromise saying a form was missing', ['payment_plan_problem'], false],
  ['rechazaron mi oferta de compromiso por error', ['payment_plan_problem'], false],
  ['the OIC got returned as unprocessable', ['payment_plan_problem'], false],
  ['I have a job offer in another state', [], false],
  ['a letter with NOTICE OF INTENT TO LEVY across the top', ['bill'], false],
  ['a final notice, intent to levy, and my right to a hearing', ['final_levy_notice'], false],
  ['the CP504 levy letter', ['bill'], false],
  ['I wrote to them about the credit in August and have not heard back', ['letters_unprocessed'], false],
  ['nobody ever answered my letter from the spring', ['letters_unprocessed'], false],
  ['faxed the form they wanted on Oct 2. nothing since', ['letters_unprocessed'], false],
];

describe('findIrsActions', () => {
  it.each(cases)('reads "%s"', (text, actions, taken) => {
    const found = findIrsActions(text);
    expect([...found.irsActions].sort()).toEqual([...actions].sort());
    expect(found.moneyTakenNow).toBe(taken);
  });

  it('does not read a negated levy as a levy', () => {
    expect(findIrsActions('no levy, nothing taken from my bank').irsActions).not.toContain('bank_levy');
  });
});

describe('findIrsActions, statements and negation', () => {
  const read = (text: string) => {
    const found = findIrsActions(text);
    return { actions: [...found.irsActions].sort(), taken: found.moneyTakenNow };
  };

  it.each([
    ['They pulled $900 from my checking on Monday and say more is coming', ['bank_levy']],
    ['the IRS took $310 out of my check again and they will keep at it until it is paid', ['wage_levy']],
    ['the revenue officer served levies on the shippers I haul for', ['other_levy']],
    ['they sent a levy to my general contractor, who is holding my draw', ['other_levy']],
    ['the IRS is holding $12k of my receivables', ['other_levy']],
    ['my levy release never reached HR and they are still taking it out', ['wage_levy']],
  ] as const)('reads money taken now in %j', (text, actions) => {
    expect(read(text)).toEqual({ actions: [...actions].sort(), taken: true });
  });

  it.each([
    "Nothing's been taken, and I have money in savings",
    'nobody has touched my bank account and I still have savings',
    'they might go after my savings, I have about 3k there',
    'they are going to levy and take my wages if I do not pay',
    'I email invoices to my customers every week',
  ])('reads no money taken in %j', (text) => {
    const { actions, taken } = read(text);
    expect(taken).toBe(false);
    expect(actions).not.toContain('bank_levy');
    expect(actions).not.toContain('other_levy');
  });

  it.each([
    'they are sitting on my entire federal refund',
    'the IRS is holding my whole 2025 refund until the exam is done',
  ])('reads a held refund through the words between: %j', (text) => {
    expect(read(text).actions).toContain('refund_held');
  });

  it.each(["I don't owe anything and there's no refund either way", 'I never expect a refund, I just want this fixed'])(
    'does not read "no refund due" as a held refund: %j',
    (text) => {
      expect(read(text).actions).not.toContain('refund_held');
    },
  );

  it.each([
    'they sent another notice asking for the same documents again',
    'a letter says they have no record on file of my return, but I mailed it in April',
  ])('reads an unprocessed reply in %j', (text) => {
    expect(read(text).actions).toContain('letters_unprocessed');
  });
});
