import { z } from 'zod';
import type { Facts, IrsAction, Notice } from '../facts/facts.js';
import type { Outcome } from '../rules/outcome.js';

/** One Form 911 field: the form's label, the prefilled value (null: the advisor fills it), where it came from. */
export const form911FieldSchema = z.object({
  label: z.string(),
  value: z.string().nullable(),
  source: z.string().optional(),
});
export type Form911Field = z.infer<typeof form911FieldSchema>;

const fieldKeys = [
  'taxpayerName',
  'taxpayerTin',
  'spouseName',
  'spouseTin',
  'street',
  'city',
  'stateOrCountry',
  'zip',
  'fax',
  'email',
  'contactPerson',
  'phone',
  'voicemailConsent',
  'bestTime',
  'language',
  'taxForm',
  'taxYears',
  'problem',
  'reliefRequested',
] as const;
export type Form911FieldKey = (typeof fieldKeys)[number];

/** A draft of Form 911 Section I, keyed by meaning (revisions renumber lines, so map by label). */
export const form911DraftSchema = z.object({
  form: z.literal('911'),
  section: z.literal('I'),
  fields: z.record(z.enum(fieldKeys), form911FieldSchema),
});
export type Form911Draft = z.infer<typeof form911DraftSchema>;

/** Section I labels of the January 2022 revision (check against the current revision before filing). */
const labels: Record<Form911FieldKey, string> = {
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
};

const actionText: Record<IrsAction, string> = {
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
};

const reliefText: Partial<Record<IrsAction, string>> = {
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
};

const field = (key: Form911FieldKey, value: string | null | undefined, source?: string): Form911Field =>
  source !== undefined && value ? { label: labels[key], value, source } : { label: labels[key], value: value || null };

function describeNotice(notice: Notice): string {
  switch (notice.dateSource) {
    case 'printed':
      return `${notice.code} dated ${notice.date}`;
    case 'received':
      return `${notice.code} received ${notice.date} (printed date to confirm)`;
    case 'approximate':
      return `${notice.code} dated about ${notice.date} (to confirm)`;
    case 'unknown':
      return `${notice.code} (date unknown)`;
    default: {
      const never: never = notice.dateSource;
      return never;
    }
  }
}

/** Pure: the problem in plain order: notices, IRS action, what was tried, hardship, deadlines. */
function describeProblem(facts: Facts, outcome: Outcome | null): string | null {
  const parts: string[] = [];
  if (facts.notices?.length) parts.push(`Notices: ${facts.notices.map(describeNotice).join('; ')}.`);
  const actions = (facts.irsActions ?? []).map((a) => actionText[a]).filter((t) => t !== '');
  if (actions.length) parts.push(`IRS action: ${actions.join('; ')}.`);
  if (facts.moneyTakenNow) parts.push('Money is being taken or frozen now.');
  const tried: string[] = [];
  if (facts.triedIrs === 'yes') tried.push('the taxpayer has tried to resolve this with the IRS');
  if (facts.waitingDays !== undefined) tried.push(`waiting ${facts.waitingDays} days`);
  if (facts.promisedDateMissed === 'yes') tried.push('the IRS missed a date it promised');
  if (facts.processFailure === 'yes') tried.push('the IRS process failed (bounced, lost or uncorrected)');
  if (tried.length) parts.push(`Tried: ${tried.join('; ')}.`);
  if (facts.hardship === 'yes' || facts.hardshipKinds?.length) {
    const kinds = (facts.hardshipKinds ?? []).map((k) => k.replaceAll('_', ' ')).join(', ');
    const when = facts.harmNow ? 'now' : facts.harmDate ? `by ${facts.harmDate}` : 'date not given';
    parts.push(`Hardship: ${kinds || 'financial harm'} (${when}).`);
  }
  if (facts.amountOwed !== undefined) parts.push(`Amount at issue: $${facts.amountOwed.toLocaleString('en-US')}.`);
  for (const d of outcome?.deadlines ?? []) {
    const due = d.due ?? 'date unknown';
    parts.push(
      `Deadline: ${d.kind.replaceAll('_', ' ')} from ${d.notice}, due ${due}${d.mustConfirm ? ' (to confirm)' : ''}.`,
    );
  }
  return parts.length ? parts.join(' ') : null;
}

/** Pure: the specific asks, from the IRS actions and the outcome's basis. */
function describeRelief(facts: Facts, outcome: Outcome | null): string | null {
  const asks = new Set<string>();
  for (const a of facts.irsActions ?? []) {
    const ask = reliefText[a];
    if (ask) asks.add(ask);
  }
  if (facts.issueType === 'refund_delay') asks.add('issue the refund');
  if (facts.issueType === 'correspondence_delay') asks.add('process the correspondence and correct the account');
  if (outcome?.basis.includes('systemic_burden')) asks.add('assign one TAS contact to resolve the account');
  if (asks.size === 0) return null;
  const text = [...asks].join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function stateOrCountry(state: string | undefined): string | null {
  if (!state) return null;
  return state.startsWith('abroad:') ? state.slice('abroad:'.length) : state;
}

/** Pure: Form 911 Section I prefilled from the facts; TINs, address and the unasked stay null for the advisor. */
export function buildForm911Draft(facts: Facts, outcome: Outcome | null): Form911Draft {
  return {
    form: '911',
    section: 'I',
    fields: {
      taxpayerName: field('taxpayerName', facts.contactName, 'contact_name'),
      taxpayerTin: field('taxpayerTin', null), // never collected in chat
      spouseName: field('spouseName', null),
      spouseTin: field('spouseTin', null),
      street: field('street', null),
      city: field('city', null),
      stateOrCountry: field('stateOrCountry', stateOrCountry(facts.state), 'state'),
      zip: field('zip', null),
      fax: field('fax', null),
      email: field('email', facts.contactEmail, 'contact_email'),
      contactPerson: field('contactPerson', facts.contactName, 'contact_name'),
      phone: field('phone', facts.contactPhone, 'contact_phone'),
      voicemailConsent: field('voicemailConsent', null), // ask, never assume
      bestTime: field('bestTime', null),
      language: field('language', null),
      taxForm: field('taxForm', facts.taxForm, 'facts'),
      taxYears: field('taxYears', facts.taxYears?.length ? facts.taxYears.join(', ') : null, 'facts'),
      problem: field('problem', describeProblem(facts, outcome), 'facts'),
      reliefRequested: field('reliefRequested', describeRelief(facts, outcome), 'outcome'),
    },
  };
}
