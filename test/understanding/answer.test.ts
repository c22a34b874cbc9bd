import { describe, expect, it } from 'vitest';
import type { Facts, SlotId } from '../../src/facts/facts.js';
import { understandAnswer } from '../../src/understanding/index.js';

const ctx = { today: '2026-11-25' };
const read = (slot: SlotId, text: string): Facts => {
  const result = understandAnswer(slot, text, ctx);
  if (!result.ok) throw new Error(`unclear: ${slot}: ${text}`);
  return result.value;
};

describe('understandAnswer', () => {
  const cases: ReadonlyArray<[SlotId, string, Facts]> = [
    ['issue_type', 'they put a lien on my condo', { issueType: 'lien' }],
    ['issue_type', 'still waiting for my tax refund', { issueType: 'refund_delay' }],
    ['irs_action', 'nothing so far', { irsActions: ['none'] }],
    ['irs_action', 'they froze my checking account', { irsActions: ['bank_levy'], moneyTakenNow: true }],
    ['hardship', 'nope, we are doing ok', { hardship: 'no' }],
    ['harm_date', 'the utility cuts us off on december 4', { harmDate: '2026-12-04' }],
    ['harm_date', 'its going on right now', { harmNow: true }],
    ['harm_date', 'no set date', { harmDate: null }],
    ['tried_irs', 'I wrote to them twice', { triedIrs: 'yes' }],
    ['waiting_days', 'about two months', { waitingDays: 60 }],
    ['promised_date_missed', 'nobody told me any date', { promisedDateMissed: 'no' }],
    ['process_failure', 'they keep losing my faxes', { processFailure: 'yes' }],
    ['disputes_amount', 'no, its right', { disputesAmount: 'no' }],
    ['notice', 'I never got any letter', { noNotice: true }],
    ['appeal_status', 'haven’t filed any appeal', { appealStatus: 'none' }],
    ['handoff', 'yes please', { wantsConsultation: 'yes' }],
    ['consent', 'yes, go ahead', { consent: 'yes' }],
    ['represented', 'nobody, just me', { represented: 'no' }],
    ['contact_email', 'jane.doe@example.org', { contactEmail: 'jane.doe@example.org' }],
    ['issue_type', 'its about my state taxes', { issueType: 'other', stateTax: true }],
    ['waiting_days', 'since the summer', { waitingDays: 147 }],
    ['appeal_status', 'we already went to tax court', { appealStatus: 'tax_court' }],
    ['disputes_amount', 'the tax is fine but not the penalties', { disputesAmount: 'yes' }],
  ];
  it.each(cases)('reads %s: "%s"', (slot, text, expected) => {
    expect(read(slot, text)).toMatchObject(expected);
  });

  it('accepts "not sure" for yes-no and date slots', () => {
    expect(read('tried_irs', 'not sure')).toEqual({ triedIrs: 'unsure' });
    expect(read('harm_date', 'I dont know')).toEqual({ harmDate: null });
    expect(read('consent', 'no se')).toEqual({ consent: 'unsure' });
  });

  it('is unclear only for text that answers nothing', () => {
    expect(understandAnswer('issue_type', 'qzxv', ctx).ok).toBe(false);
    expect(understandAnswer('hardship', '', ctx).ok).toBe(false);
  });

  it('adds what else the answer says, with the slot’s own reading winning', () => {
    const facts = read('hardship', 'yes, they levied my bank and I cant pay rent, and I dont agree with the amount');
    expect(facts).toMatchObject({ hardship: 'yes', disputesAmount: 'yes' });
  });

  it('does not read the return mailed in a waiting answer as an attempt', () => {
    expect(read('waiting_days', 'mailed it in june so five months').triedIrs).toBeUndefined();
  });

  it('does not read "no idea" as "nothing happened"', () => {
    expect(read('irs_action', 'no idea honestly').irsActions).toBeUndefined();
  });

  it('lets a phone or email be skipped', () => {
    expect(read('contact_phone', "I'd rather not")).toEqual({});
  });

  it('keeps a notice and its date', () => {
    expect(read('notice', 'LT11 dated November 2').notices).toEqual([
      { code: 'LT11', date: '2026-11-02', dateSource: 'printed' },
    ]);
  });
});

describe('understandAnswer: notices told by what they say', () => {
  it('reads a thrown-away letter about a lien as a lien notice with no date', () => {
    expect(
      read('notice', 'it was a notice about the lien and my hearing rights, I tossed it, no clue when'),
    ).toMatchObject({ notices: [{ code: 'L3172', date: null, dateSource: 'unknown' }] });
  });

  it('does not take a lien release letter for the lien notice', () => {
    expect(read('notice', 'only the letter saying the lien is released').notices).toBeUndefined();
  });

  it('dates a letter placed only in a past year at that year’s end, as approximate', () => {
    expect(read('notice', 'the lien notice came back in 2023, I lost it').notices).toEqual([
      { code: 'L3172', date: '2023-12-31', dateSource: 'approximate' },
    ]);
  });

  it('reads a letter from a state agency as no IRS notice', () => {
    expect(read('notice', 'just the one from the Illinois Department of Revenue in October')).toMatchObject({
      noNotice: true,
      stateTax: true,
    });
  });

  it('keeps a notice already named when the date is not known', () => {
    const known = [{ code: 'LT11', date: null, dateSource: 'unknown' as const }];
    expect(understandAnswer('notice', 'no idea, sorry', { ...ctx, notices: known })).toEqual({
      ok: true,
      value: { notices: [{ code: 'LT11', date: null, dateSource: 'unknown' }] },
    });
  });
});

describe('notice answers placed only in an earlier year', () => {
  it.each(['the lien letter was from 2025', 'The lien letter was in spring 2024'])(
    'dates "%s" approximately at that year end',
    (text) => {
      const read = understandAnswer('notice', text, { today: '2026-11-25' });
      expect(read.ok && read.value.notices?.[0]).toMatchObject({ code: 'L3172', dateSource: 'approximate' });
      expect(read.ok && read.value.notices?.[0]?.date?.endsWith('-12-31')).toBe(true);
    },
  );
});

describe('understandAnswer: a bare date to the notice question', () => {
  const known = [
    { code: 'CP2000', date: null, dateSource: 'unknown' as const },
    { code: 'NOD', date: null, dateSource: 'unknown' as const },
  ];

  it('dates the notice that opens a deadline before a CP2000 or a bill named first', () => {
    const result = understandAnswer('notice', 'October 3rd', { today: '2026-11-25', notices: known });
    expect(result.ok && result.value.notices).toEqual([{ code: 'NOD', date: '2026-10-03', dateSource: 'printed' }]);
  });

  it('does not take "now" for a date ("I\'m looking at it now")', () => {
    const result = understandAnswer('notice', "I'm looking at it now, October 20, 2025", {
      today: '2026-11-25',
      notices: known,
    });
    expect(result.ok && result.value.notices).toEqual([{ code: 'NOD', date: '2025-10-20', dateSource: 'printed' }]);
  });
});
