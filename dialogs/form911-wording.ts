import type { IrsAction } from '../src/facts/facts.js';
import type { Form911FieldKey } from '../src/handoff/form911.js';

/** Advisor-facing wording of the Form 911 Section I draft. Data only. */
export const form911Wording = {
  /** Section I labels of the January 2022 revision (check against the current revision before filing). */
  labels: {
    taxpayerName: "Taxpayer's name as shown on tax return",
    taxpayerTin: "Taxpayer's identifying number (SSN, ITIN, EIN)",
    spouseName: "Spouse's name as shown on tax return (if applicable)",
    spouseTin: "Spouse's identifying number (SSN, ITIN)",
    street: 'Street address',
    city: 'City',
    stateOrCountry: 'State (or foreign country)',
    zip: 'ZIP code',
    fax: 'Fax number',
    email: 'Email address',
    contactPerson: 'Person to contact',
    phone: 'Phone number',
    voicemailConsent: 'Consent to confidential information left on voicemail',
    bestTime: 'Best time to call',
    language: 'Preferred language (interpreter, TTY/TDD)',
    taxForm: 'Tax form(s)',
    taxYears: 'Tax year(s) or period(s)',
    problem: 'Describe the tax issue you are experiencing (include notice numbers)',
    reliefRequested: 'Describe the relief or assistance you are requesting',
  },
  /** What each IRS action is, in 12a. */
  actions: {
    wage_levy: 'a levy on wages is in effect',
    bank_levy: 'a bank account was levied',
    other_levy: 'a levy on other payments is in effect',
    seizure: 'property was seized or a seizure is scheduled',
    offset: 'a refund was offset against a debt',
    final_levy_notice: 'a final notice of intent to levy was issued',
    levy_sustained: 'a CDP determination sustained the levy',
    lien: 'a federal tax lien was filed or not released',
    bill: 'balance-due notices were issued',
    audit: 'an examination is open or concluded',
    cp2000: 'an underreporter proposal (CP2000) was issued',
    deficiency_notice: 'a notice of deficiency was issued',
    refund_held: 'the refund has not been paid',
    identity_hold: 'the return or refund is held for identity verification',
    passport_certification: 'the debt was certified to the State Department (passport)',
    payment_plan_problem: 'a payment arrangement was defaulted or refused in error',
    letters_unprocessed: 'letters, returns or responses were not processed',
    criminal_investigation: 'IRS Criminal Investigation made contact',
    none: '',
  },
  /** The ask for each IRS action, in 12b. */
  relief: {
    wage_levy: 'release the wage levy',
    bank_levy: 'release the bank levy',
    other_levy: 'release the levy',
    seizure: 'stop the seizure',
    final_levy_notice: 'stop collection (no levy) while the hardship is reviewed',
    lien: 'release the lien',
    offset: 'correct the account and refund the offset if in error',
    refund_held: 'issue the refund',
    identity_hold: 'complete identity verification and issue the refund',
    passport_certification: 'reverse the passport certification',
    payment_plan_problem: 'reinstate or correct the payment arrangement',
    letters_unprocessed: 'process the correspondence and correct the account',
    bill: 'stop collection while the account is reviewed',
  },
  notices: {
    printed: '{code} dated {date}',
    received: '{code} received {date} (printed date to confirm)',
    approximate: '{code} dated about {date} (to confirm)',
    unknown: '{code} (date unknown)',
  },
  problem: {
    notices: 'Notices: {list}.',
    actions: 'IRS action: {list}.',
    moneyTakenNow: 'Money is being taken or frozen now.',
    tried: 'Tried: {list}.',
    triedIrs: 'the taxpayer has tried to resolve this with the IRS',
    waiting: 'waiting {days} days',
    promisedDateMissed: 'the IRS missed a date it promised',
    processFailure: 'the IRS process failed (bounced, lost or uncorrected)',
    hardship: 'Hardship: {kinds} ({when}).',
    hardshipDefault: 'financial harm',
    now: 'now',
    by: 'by {date}',
    noDate: 'date not given',
    amount: 'Amount at issue: {dollars}.',
    deadline: 'Deadline: {kind} from {notice}, due {due}{confirm}.',
    dateUnknown: 'date unknown',
    toConfirm: ' (to confirm)',
  },
  reliefExtra: {
    refund: 'issue the refund',
    correspondence: 'process the correspondence and correct the account',
    systemic: 'assign one TAS contact to resolve the account',
  },
} satisfies {
  labels: Record<Form911FieldKey, string>;
  actions: Record<IrsAction, string>;
  relief: Partial<Record<IrsAction, string>>;
  [group: string]: unknown;
};
