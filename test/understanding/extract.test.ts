import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conversations } from '../../bench/lib/conversations.js';
import { type FactName, type Facts, factsSchema } from '../../src/facts/facts.js';
import { extractFacts } from '../../src/understanding/extract.js';

const ctx = { today: '2026-11-25' };

describe('extractFacts', () => {
  it('reads a wage levy taking rent money now', () => {
    const facts = extractFacts(
      'my employer started taking half my pay for the irs two weeks ago and now I cant cover my rent due december 1',
      ctx,
    );
    expect(facts).toMatchObject({
      irsActions: ['wage_levy'],
      moneyTakenNow: true,
      hardship: 'yes',
      harmNow: true,
      harmDate: '2026-12-01',
      issueType: 'levy_garnishment',
    });
  });

  it('leaves hardship out when only a bill is in view', () => {
    const facts = extractFacts('I got a CP14 for 2,400 and I am behind on my car payment since losing my job', ctx);
    expect(facts.irsActions).toEqual(['bill']);
    expect(facts.hardship).toBeUndefined();
    expect(facts.amountOwed).toBe(2400);
  });

  it('reads attempts, a missed promise and the wait on a stuck refund', () => {
    const facts = extractFacts(
      'I e-filed in February and my refund is still not here. I called in June and they told me 8 weeks, that came and went.',
      ctx,
    );
    expect(facts).toMatchObject({ irsActions: ['refund_held'], triedIrs: 'yes', promisedDateMissed: 'yes' });
    expect(facts.waitingDays).toBeGreaterThan(200);
  });

  it('reads a dispute, tax years and a deficiency notice', () => {
    const facts = extractFacts('they sent a 90 day letter for 2022 and 2023 claiming I owe $6,000, I dont agree', ctx);
    expect(facts).toMatchObject({
      irsActions: ['deficiency_notice'],
      disputesAmount: 'yes',
      taxYears: [2022, 2023],
      amountOwed: 6000,
      issueType: 'notice_of_deficiency',
    });
  });

  it('flags Criminal Investigation, state taxes and frivolous arguments', () => {
    expect(extractFacts('two special agents came by asking about my cash business', ctx).criminalInvestigation).toBe(
      true,
    );
    expect(extractFacts('the department of revenue froze my state refund', ctx).stateTax).toBe(true);
    expect(extractFacts('I stopped filing because income tax is voluntary', ctx).frivolous).toBe(true);
  });

  it('marks a notice addressed abroad only when the person lives there', () => {
    expect(extractFacts('I live in Toronto now and the notice of deficiency came there', ctx).addressedAbroad).toBe(
      true,
    );
    expect(
      extractFacts('my passport is blocked and I have a job offer in Germany', ctx).addressedAbroad,
    ).toBeUndefined();
  });

  it('does not count being contacted as contacting the IRS', () => {
    expect(extractFacts('a criminal investigation agent called me yesterday', ctx).triedIrs).toBeUndefined();
    expect(extractFacts('the franchise tax board sent me a notice', ctx).triedIrs).toBeUndefined();
  });

  it('omits what the text does not say', () => {
    expect(extractFacts('hello, I need some help please', ctx)).toEqual({});
  });
});

describe('extractFacts notice dates', () => {
  it('asks again for a notice dated only roughly, and ignores a stray "now"', () => {
    const rough = extractFacts('I got a notice of deficiency sometime in September', ctx).notices;
    expect(rough).toEqual([{ code: 'NOD', date: null, dateSource: 'unknown' }]);
    const stray = extractFacts('I live in Madrid now and a notice of deficiency reached me', ctx).notices;
    expect(stray?.[0]?.date).toBeNull();
  });
});

describe('extractFacts with the facts wanted', () => {
  const quoted = (file: string) =>
    [...readFileSync(new URL(file, import.meta.url), 'utf8').matchAll(/'((?:[^'\\\n]|\\.){12,})'/g)].map((m) =>
      (m[1] ?? '').replace(/\\'/g, "'"),
    );
  const texts = [
    ...conversations.flatMap((c) => [...Object.values(c.says), ...Object.values(c.taps)]),
    ...quoted('./extract.test.ts'),
    ...quoted('./answer.test.ts'),
  ];
  const names = Object.keys(factsSchema.shape) as FactName[];
  const only = (facts: Facts, wanted: readonly FactName[]) =>
    Object.fromEntries(Object.entries(facts).filter(([key]) => wanted.includes(key as FactName)));

  it('gives each wanted fact the value a full reading gives it', () => {
    expect(texts.length).toBeGreaterThan(200);
    const sets: FactName[][] = [...names.map((n) => [n]), ['hardship', 'notices'], ['issueType', 'taxYears'], names];
    for (const text of texts) {
      const full = extractFacts(text, ctx);
      for (const wanted of sets) {
        expect(only(extractFacts(text, ctx, new Set(wanted)), wanted), `${wanted.join(',')} in "${text}"`).toEqual(
          only(full, wanted),
        );
      }
    }
  });
});
