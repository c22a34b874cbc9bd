import { describe, expect, it } from 'vitest';
import type { IssueType } from '../../src/facts/facts.js';
import { classifyIssue } from '../../src/understanding/classifier.js';

const cases: ReadonlyArray<[string, IssueType]> = [
  ['they garnished my wages', 'levy_garnishment'],
  ['my tax refund still hasnt shown up', 'refund_delay'],
  ['a lien is stopping my refinance', 'lien'],
  ['i owe back taxes from 2021', 'balance_due_collection'],
  ['the irs is auditing my schedule c', 'audit_exam'],
  ['got a statutory notice of deficiency', 'notice_of_deficiency'],
  ['i mailed my amended return and it was never processed', 'correspondence_delay'],
  ['someone stole my identity to file a return', 'identity_theft'],
  ['my installment agreement got defaulted', 'payment_arrangement'],
  ['cant renew my passport because of taxes', 'passport'],
  ['my ex claimed our son on her return', 'other'],
  ['mi reembolso no ha llegado', 'refund_delay'],
  // Paraphrases in words the corpus does not hold verbatim, English and Spanish.
  ['half of every paycheck goes to the irs now because of a garnishment order', 'levy_garnishment'],
  ['the revenue officer served levies on the companies that pay my trucking business', 'levy_garnishment'],
  ['el irs me esta embargando el salario desde octubre', 'levy_garnishment'],
  ['it has been four months and my refund is still not deposited', 'refund_delay'],
  ['el irs todavia no me manda el reembolso de este año', 'refund_delay'],
  ['the buyers title search turned up a federal lien so the house cant close', 'lien'],
  ['hay un gravamen del irs y el banco no me da el prestamo', 'lien'],
  ['i got another notice that my balance with penalties is now bigger', 'balance_due_collection'],
  ['me mandaron otra carta diciendo que debo mas de 3000', 'balance_due_collection'],
  ['an examiner asked for all my receipts for the rental property', 'audit_exam'],
  ['me pidieron los recibos de la escuela de mis hijos en una auditoria', 'audit_exam'],
  ['the letter says i have 90 days to petition the tax court', 'notice_of_deficiency'],
  ['i sent them the documents three times and each time they say they never got them', 'correspondence_delay'],
  ['mande mi respuesta por fax y correo certificado y dicen que no recibieron nada', 'correspondence_delay'],
  ['they want me to prove who i am before they process my return', 'identity_theft'],
  ['alguien uso mi numero de seguro social para declarar', 'identity_theft'],
  ['they sent my offer in compromise back saying a form was missing', 'payment_arrangement'],
  ['me devolvieron la oferta de compromiso diciendo que no era procesable', 'payment_arrangement'],
  ['the state department wont give me a passport until the irs releases the certification', 'passport'],
  ['my employer closed and never sent my w2 so i could not file', 'other'],
];

describe('classifyIssue', () => {
  it.each(cases)('classifies "%s" as %s', (text, issueType) => {
    expect(classifyIssue(text).issueType).toBe(issueType);
  });

  it('has no confidence in gibberish', () => {
    expect(classifyIssue('qwpoe zzkx vbnm').confidence).toBe(0);
  });

  it('is confident on a clear sentence', () => {
    expect(classifyIssue('the irs put a lien on my house').confidence).toBeGreaterThan(0.5);
  });

  it.each([
    'IRS revenue officer sent levies to the shippers I haul for; I run four rigs and cannot pay diesel',
    'Mandé una oferta en compromiso con todos los papeles y me la regresaron en octubre',
  ])('never reads a story without the word as a passport case: %j', (text) => {
    expect(classifyIssue(text).issueType).not.toBe('passport');
  });

  it.each(['I need some help please', 'hi, can you help me with something', 'penalties and the notice'])(
    'says other, with low confidence, when no type-specific word backs a guess: %j',
    (text) => {
      const guess = classifyIssue(text);
      expect(guess.issueType === 'other' || guess.confidence < 0.5).toBe(true);
      expect(guess.confidence).toBeLessThan(0.7);
    },
  );

  it('is not confident on a single word', () => {
    expect(classifyIssue('levy').confidence).toBeLessThan(0.7);
  });

  it('trains and answers the first call quickly', () => {
    const start = performance.now();
    classifyIssue('refund');
    expect(performance.now() - start).toBeLessThan(1500);
  });
});
