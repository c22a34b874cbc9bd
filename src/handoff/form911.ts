import { form911Wording as W } from '../../dialogs/form911-wording.js';
import type { Facts, IrsAction, Notice } from '../facts/facts.js';
import { fill } from '../fill.js';
import type { Outcome } from '../rules/outcome.js';

import type { Form911Draft, Form911Field } from './form911-schema.js';

export type { Form911Draft, Form911Field } from './form911-schema.js';

/** The fields of Form 911 Section I that the draft holds. */
export const fieldKeys = [
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

const field = (key: Form911FieldKey, value: string | null | undefined, source?: string): Form911Field =>
  source !== undefined && value
    ? { label: W.labels[key], value, source }
    : { label: W.labels[key], value: value || null };

function describeNotice(notice: Notice): string {
  return fill(W.notices[notice.dateSource], { code: notice.code, date: notice.date ?? '' });
}

/** Pure: the problem in plain order: notices, IRS action, what was tried, hardship, deadlines. */
function describeProblem(facts: Facts, outcome: Outcome | null): string | null {
  const parts: string[] = [];
  if (facts.notices?.length)
    parts.push(fill(W.problem.notices, { list: facts.notices.map(describeNotice).join('; ') }));
  const actions = (facts.irsActions ?? []).map((a) => W.actions[a]).filter((t) => t !== '');
  if (actions.length) parts.push(fill(W.problem.actions, { list: actions.join('; ') }));
  if (facts.moneyTakenNow) parts.push(W.problem.moneyTakenNow);
  const tried: string[] = [];
  if (facts.triedIrs === 'yes') tried.push(W.problem.triedIrs);
  if (facts.waitingDays !== undefined) tried.push(fill(W.problem.waiting, { days: facts.waitingDays }));
  if (facts.promisedDateMissed === 'yes') tried.push(W.problem.promisedDateMissed);
  if (facts.processFailure === 'yes') tried.push(W.problem.processFailure);
  if (tried.length) parts.push(fill(W.problem.tried, { list: tried.join('; ') }));
  if (facts.hardship === 'yes' || facts.hardshipKinds?.length) {
    const kinds = (facts.hardshipKinds ?? []).map((k) => k.replaceAll('_', ' ')).join(', ');
    const when = facts.harmNow
      ? W.problem.now
      : facts.harmDate
        ? fill(W.problem.by, { date: facts.harmDate })
        : W.problem.noDate;
    parts.push(fill(W.problem.hardship, { kinds: kinds || W.problem.hardshipDefault, when }));
  }
  if (facts.amountOwed !== undefined)
    parts.push(fill(W.problem.amount, { dollars: `$${facts.amountOwed.toLocaleString('en-US')}` }));
  for (const d of outcome?.deadlines ?? []) {
    const due = d.due ?? W.problem.dateUnknown;
    parts.push(
      fill(W.problem.deadline, {
        kind: d.kind.replaceAll('_', ' '),
        notice: d.notice,
        due,
        confirm: d.mustConfirm ? W.problem.toConfirm : '',
      }),
    );
  }
  return parts.length ? parts.join(' ') : null;
}

/** Pure: the specific asks, from the IRS actions and the outcome's basis. */
function describeRelief(facts: Facts, outcome: Outcome | null): string | null {
  const asks = new Set<string>();
  for (const a of facts.irsActions ?? []) {
    const ask = (W.relief as Partial<Record<IrsAction, string>>)[a];
    if (ask) asks.add(ask);
  }
  if (facts.issueType === 'refund_delay') asks.add(W.reliefExtra.refund);
  if (facts.issueType === 'correspondence_delay') asks.add(W.reliefExtra.correspondence);
  if (outcome?.basis.includes('systemic_burden')) asks.add(W.reliefExtra.systemic);
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
