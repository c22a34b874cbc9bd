import { describe, expect, it } from 'vitest';
import type { HardshipKind, TriState } from '../../src/facts/facts.js';
import { parseHardship } from '../../src/understanding/hardship.js';

const today = '2026-11-25';
const read = (text: string) => {
  const result = parseHardship(text, today);
  if (!result.ok) throw new Error(`unclear: ${text}`);
  return result.value;
};

describe('parseHardship', () => {
  const cases: ReadonlyArray<[string, TriState, HardshipKind[]]> = [
    ['after the levy I cant make my mortgage payment', 'yes', ['rent_or_mortgage']],
    ['the power company is going to disconnect us', 'yes', ['utilities']],
    ['i wont be able to buy my heart medication', 'yes', ['medical']],
    ['we cant afford groceries right now', 'yes', ['food_or_basics']],
    ['I need that money for daycare', 'yes', ['childcare_or_support']],
    ['my buyers will back out of the deal if the lien stays', 'yes', ['home_sale_or_credit']],
    ['nah we are fine, just annoyed', 'no', []],
    ['honestly no, I just want my money back', 'no', []],
    ['its for our holiday trip, nothing serious', 'no', []],
    ['sort of, nothing has happened but im nervous', 'unsure', []],
    ['not yet, only worried about it', 'no', []],
  ];
  it.each(cases)('reads "%s"', (text, hardship, kinds) => {
    const value = read(text);
    expect(value.hardship).toBe(hardship);
    for (const kind of kinds) expect(value.hardshipKinds).toContain(kind);
  });

  it.each([
    'no, I had a heart operation back then and that is why I filed late',
    'not really, I work nights as a nurse at the clinic',
    'we are fine, my wife is a doctor',
  ])('does not read a medical or workplace word as hardship: %j', (text) => {
    expect(read(text).hardship).toBe('no');
  });

  it('does not read hardship from a story that only names an illness', () => {
    expect(parseHardship('my husband had chemo in 2023, that is why the return was late', today)).not.toMatchObject({
      ok: true,
      value: { hardship: 'yes' },
    });
  });

  it.each([
    ['we need that refund for his dialysis copays', 'medical'],
    ['without the money I have to put off my surgery', 'medical'],
    ['the car is dead and without that refund I have no way to get to work', 'job_or_licence'],
    ['they take 400 every check, I cant keep losing that', 'other'],
    ['I was counting on the refund to catch up', 'other'],
  ] as const)('reads financial harm in %j', (text, kind) => {
    const value = read(text);
    expect(value.hardship).toBe('yes');
    expect(value.hardshipKinds).toContain(kind);
  });

  it('dates a harm told as an event ("payroll on", "rent on")', () => {
    expect(read('we cant make payroll on Dec 4').harmDate).toBe('2026-12-04');
    expect(read('escrow says they will not close on Jan 9 with the lien there').harmDate).toBe('2027-01-09');
  });

  it('does not take when a payment starts to be a problem for the day it falls due', () => {
    expect(read('I cant afford the space rent here after March').harmDate).toBeUndefined();
  });

  it('counts a harm the person says is not from the IRS, and flags it', () => {
    const value = read('im broke since i got sick, but that has nothing to do with the irs');
    expect(value).toMatchObject({ hardship: 'yes', hardshipNotFromIrs: true });
  });

  it('treats a conditional harm as about to happen, not as happening now', () => {
    const value = read('if they garnish me I will not be able to pay my rent');
    expect(value.hardship).toBe('yes');
    expect(value.harmNow).toBeUndefined();
  });

  it('sees harm now when the money is already gone', () => {
    expect(read('they took it all and i have nothing left for food').harmNow).toBe(true);
    expect(read('I have a shutoff notice from the gas company').harmNow).toBe(true);
  });

  it('reads the date the harm lands', () => {
    expect(read('my landlord wants the rent by december 5').harmDate).toBe('2026-12-05');
    expect(read('the closing is set for Jan 8').harmDate).toBe('2027-01-08');
  });

  it('does not take a rate for a date', () => {
    expect(read('they leave me 300 a week and rent is 1200').harmDate).toBeUndefined();
  });

  it('is unclear on gibberish', () => {
    expect(parseHardship('zxqv plmok', today).ok).toBe(false);
  });

  it('answers "not sure" with unsure', () => {
    expect(read('no se').hardship).not.toBe('yes');
    expect(read('I dont know').hardship).toBe('unsure');
  });
});

describe('parseHardship, money already covered and business harm', () => {
  const today = '2026-11-25';
  const read = (text: string) => {
    const result = parseHardship(text, today);
    return result.ok ? result.value : undefined;
  };

  it.each([
    'We have savings, nothing has been taken yet',
    'I still have money in savings',
    'rent is paid and the utilities are current, I just want it resolved',
    'the bills are all covered, I would simply like my refund sooner',
  ])('reads %j as no hardship', (text) => {
    expect(read(text)?.hardship).toBe('no');
  });

  it.each([
    'I wont be able to cover payroll for my crew next week',
    'payroll is on Friday and we are short',
    "can't buy diesel for the trucks anymore",
    'if this keeps up I will have to park the rigs and lay everyone off',
  ])('reads %j as a business harm', (text) => {
    const value = read(text);
    expect(value?.hardship).toBe('yes');
    expect(value?.hardshipKinds).toContain('business');
  });

  it('still reads unpaid bills as a harm', () => {
    expect(read('the bills are piling up and I am two months behind')?.hardship).toBe('yes');
  });
});
