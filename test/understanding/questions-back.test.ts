import { describe, expect, it } from 'vitest';
import { understandAnswer } from '../../src/understanding/answer.js';
import { withoutQuestionsBack } from '../../src/understanding/questions-back.js';

const ctx = { today: '2026-11-25' as const };

describe('withoutQuestionsBack', () => {
  it.each([
    ["Should I have called them? I haven't", "I haven't"],
    ['Dispute what? They never said I owe anything', 'They never said I owe anything'],
    ['Why would there be? No, nothing like that', 'No, nothing like that'],
    ['¿Por qué preguntan? No, nada de eso', 'No, nada de eso'],
    ['No, do I need someone?', 'No, do I need someone?'],
    ['no?', 'no?'],
    ['I called them twice, should I call again?', 'I called them twice, should I call again?'],
    ['they took my refund. what can I do?', 'they took my refund.'],
    ['Should I have called them?', ''],
    ['no question here', 'no question here'],
  ])('%j -> %j', (text, kept) => {
    expect(withoutQuestionsBack(text)).toBe(kept);
  });
});

describe('a question asked back in a yes-or-no answer', () => {
  it('is not the answer: the rest of the message is', () => {
    expect(understandAnswer('tried_irs', "Should I have called them? I haven't", ctx)).toEqual({
      ok: true,
      value: { triedIrs: 'no' },
    });
    expect(
      understandAnswer(
        'disputes_amount',
        "Dispute what? They haven't said I owe anything, and my return is right",
        ctx,
      ),
    ).toMatchObject({ ok: true, value: { disputesAmount: 'no' } });
  });

  it('alone, is asked again rather than guessed', () => {
    expect(understandAnswer('tried_irs', 'Should I have called them?', ctx)).toEqual({ ok: false, error: 'unclear' });
    expect(understandAnswer('disputes_amount', 'Dispute what?', ctx)).toEqual({ ok: false, error: 'unclear' });
  });

  it('keeps a statement that ends in a question', () => {
    expect(understandAnswer('tried_irs', 'I called them twice, should I call again?', ctx)).toMatchObject({
      ok: true,
      value: { triedIrs: 'yes' },
    });
  });
});

describe('an answering "sí" at the start of a long Spanish answer', () => {
  it('is a yes, accented or set apart by a comma; "si" as "if" is not', () => {
    expect(understandAnswer('disputes_amount', 'Sí, mis hijos viven conmigo, tengo pruebas', ctx)).toMatchObject({
      ok: true,
      value: { disputesAmount: 'yes' },
    });
    expect(understandAnswer('consent', 'si, pueden compartir mis datos con el abogado', ctx)).toMatchObject({
      ok: true,
      value: { consent: 'yes' },
    });
    expect(understandAnswer('consent', 'si me llaman mañana puedo hablar con ellos', ctx)).toEqual({
      ok: false,
      error: 'unclear',
    });
  });
});
