import type { FactName, Facts, SlotId } from '../facts/facts.js';
import { fail, ok, type Result } from '../result.js';
import { parseEmail, parseName, parsePhone, parseState } from './contact.js';
import { parseDurationDays } from './durations.js';
import { extractFacts, type UnderstandContext } from './extract.js';
import { readAppealAnswer } from './flags.js';
import { parseHardship } from './hardship.js';
import { withoutQuestionsBack } from './questions-back.js';
import { detectDispute, detectProcessFailure, detectPromisedDateMissed, detectTriedIrs } from './signals.js';
import {
  isWordy,
  readHarmDate,
  readIrsAction,
  readIssueType,
  readNotice,
  readRepresented,
  readTriState,
  type SlotRead,
} from './slot-readers.js';
import { normalizeText } from './text-normalize.js';
import { isDontKnow, parseYesNo } from './yes-no.js';

/** Slots whose answers carry no case facts beyond their own (names, emails, consents). */
const NO_EXTRAS: ReadonlySet<SlotId> = new Set<SlotId>([
  'contact_name',
  'contact_email',
  'contact_phone',
  'state',
  'represented',
  'consent',
  'confirm_restart',
  'handoff',
]);
const ATTEMPT_SLOTS: ReadonlySet<SlotId> = new Set<SlotId>([
  'promised_date_missed',
  'process_failure',
  'appeal_status',
]);
const WAIT_SLOTS: ReadonlySet<SlotId> = new Set<SlotId>(['issue_type', 'irs_action', 'tried_irs']);
/** Yes-or-no questions: a question asked back ("Should I have?") is not the answer, whatever words it uses. */
const YES_NO_SLOTS: ReadonlySet<SlotId> = new Set<SlotId>([
  'hardship',
  'tried_irs',
  'promised_date_missed',
  'process_failure',
  'disputes_amount',
  'represented',
  'consent',
  'handoff',
]);
const DECLINED =
  /\b(rather not|prefer not|skip|no thanks|pass|none|no phone|no email|dont have (one|an? (email|phone)))\b/;

/**
 * Pure: the facts one answer to `slot` states, plus what else it mentions (the slot's own reading wins);
 * 'unclear' only when the text answers nothing. "I'm not sure" is a valid answer everywhere.
 */
export function understandAnswer(slot: SlotId, said: string, ctx: UnderstandContext): Result<Facts, 'unclear'> {
  const text = YES_NO_SLOTS.has(slot) ? withoutQuestionsBack(said) : said;
  if (normalizeText(text) === '') return fail('unclear');
  if (slot === 'narrative') return ok(extractFacts(text, ctx));
  const own = readSlot(slot, text, ctx);
  if (!own.ok || NO_EXTRAS.has(slot)) return own;
  return ok({ ...pickExtras(slot, extractFacts(text, ctx, extrasRead(slot))), ...own.value });
}

function readSlot(slot: Exclude<SlotId, 'narrative'>, text: string, ctx: UnderstandContext): SlotRead {
  switch (slot) {
    case 'issue_type':
      return readIssueType(text, ctx.today);
    case 'irs_action':
      return readIrsAction(text, ctx.today);
    case 'hardship':
      return parseHardship(text, ctx.today);
    case 'harm_date':
      return readHarmDate(text, ctx.today);
    case 'tried_irs':
      return tri(text, 'triedIrs', detectTriedIrs(text), false);
    case 'waiting_days':
      return readWaiting(text, ctx);
    case 'promised_date_missed':
      return tri(text, 'promisedDateMissed', detectPromisedDateMissed(text), true);
    case 'process_failure':
      return tri(text, 'processFailure', detectProcessFailure(text), true);
    case 'disputes_amount':
      return readDispute(text);
    case 'notice':
      return readNotice(text, ctx.today, ctx.notices);
    case 'appeal_status': {
      const status = readAppealAnswer(text);
      return status ? ok({ appealStatus: status }) : fail('unclear');
    }
    case 'handoff':
      return tri(text, 'wantsConsultation', undefined, false);
    case 'represented':
      return readRepresented(text);
    case 'consent':
      return tri(text, 'consent', undefined, false);
    case 'confirm_restart': {
      // The engine reads the yes/no itself; the answer states no case fact.
      const read = readTriState(text);
      return read.ok ? ok({}) : read;
    }
    case 'contact_name':
    case 'contact_email':
    case 'contact_phone':
    case 'state':
      return readContact(slot, text);
    default: {
      const unknown: never = slot;
      return unknown;
    }
  }
}

type TriFact = 'triedIrs' | 'promisedDateMissed' | 'processFailure' | 'wantsConsultation' | 'consent';

function tri(text: string, fact: TriFact, described: Facts[TriFact], fallbackUnsure: boolean): SlotRead {
  const read = readTriState(text, described, fallbackUnsure);
  return read.ok ? ok({ [fact]: read.value }) : read;
}

function readWaiting(text: string, ctx: UnderstandContext): SlotRead {
  const days = parseDurationDays(text, ctx.today);
  if (days.ok) return ok({ waitingDays: days.value });
  const season = seasonDays(text, ctx.today);
  if (season !== undefined) return ok({ waitingDays: season });
  return isDontKnow(text) ? ok({}) : fail('unclear');
}

const SEASON_START: Readonly<Record<string, number>> = { winter: 1, spring: 4, summer: 7, fall: 10, autumn: 10 };

/** "since the summer": days since the season's first month began, in the most recent past. */
function seasonDays(text: string, today: UnderstandContext['today']): number | undefined {
  const season = /\bsince (the |last |this )?(winter|spring|summer|fall|autumn)\b/.exec(normalizeText(text))?.[2];
  const month = season ? SEASON_START[season] : undefined;
  if (month === undefined) return undefined;
  const [year = 0, thisMonth = 0, day = 0] = today.split('-').map(Number);
  const start = Date.UTC(month <= thisMonth ? year : year - 1, month - 1, 1);
  return Math.floor((Date.UTC(year, thisMonth - 1, day) - start) / 86_400_000);
}

function readDispute(text: string): SlotRead {
  const { disputesAmount, wantsUndo } = detectDispute(text);
  const facts: Facts = wantsUndo ? { wantsUndo } : {};
  if (disputesAmount) return ok({ ...facts, disputesAmount });
  return isWordy(text) ? ok({ ...facts, disputesAmount: 'unsure' }) : fail('unclear');
}

function readContact(slot: 'contact_name' | 'contact_email' | 'contact_phone' | 'state', text: string): SlotRead {
  const parsers = { contact_name: parseName, contact_email: parseEmail, contact_phone: parsePhone, state: parseState };
  const keys = {
    contact_name: 'contactName',
    contact_email: 'contactEmail',
    contact_phone: 'contactPhone',
    state: 'state',
  };
  const parsed = parsers[slot](text);
  if (parsed.ok) return ok({ [keys[slot]]: parsed.value });
  const declined = DECLINED.test(normalizeText(text)) || (parseYesNo(text).ok && slot !== 'contact_name');
  return declined || isDontKnow(text) ? ok({}) : fail('unclear');
}

const ALWAYS_KEPT = ['amountOwed', 'taxYears', 'promisedDateMissed', 'processFailure'] as const;
const NOTICE_SLOTS: ReadonlySet<SlotId> = new Set<SlotId>(['notice', 'irs_action', 'issue_type']);
const HARM_SLOTS: ReadonlySet<SlotId> = new Set<SlotId>(['issue_type', 'irs_action', 'hardship', 'harm_date']);
const HARM_KEPT = ['hardship', 'hardshipKinds', 'harmNow', 'harmDate', 'moneyTakenNow'] as const;
const FLAGS_KEPT = ['criminalInvestigation', 'stateTax', 'frivolous', 'addressedAbroad'] as const;

/** Extras from an answer to another question: only facts that such an answer cannot get wrong by accident. */
function pickExtras(slot: SlotId, found: Facts): Facts {
  const extras: Facts = {};
  const keep = <K extends keyof Facts>(key: K): void => {
    if (found[key] !== undefined) extras[key] = found[key];
  };
  for (const key of ALWAYS_KEPT) keep(key);
  // "mailed it in August" answering how long they waited is the return, not an attempt; "sent a CP2000" is the IRS.
  if (found.triedIrs === 'yes' && ATTEMPT_SLOTS.has(slot)) extras.triedIrs = 'yes';
  // "they said 60 days" is a promise, "since september" in a hardship answer is the hardship: not the wait.
  if (WAIT_SLOTS.has(slot)) keep('waitingDays');
  if (found.disputesAmount === 'yes') extras.disputesAmount = 'yes';
  if (found.wantsUndo) extras.wantsUndo = true;
  for (const key of FLAGS_KEPT) if (found[key]) extras[key] = true;
  if (found.appealStatus && found.appealStatus !== 'none') extras.appealStatus = found.appealStatus;
  if (NOTICE_SLOTS.has(slot)) keep('notices');
  if (HARM_SLOTS.has(slot)) for (const key of HARM_KEPT) keep(key);
  return extras;
}

const extrasBySlot = new Map<SlotId, ReadonlySet<FactName>>();

/** The facts `pickExtras` may keep for `slot`: the only ones worth reading from its answer. */
function extrasRead(slot: SlotId): ReadonlySet<FactName> {
  let names = extrasBySlot.get(slot);
  if (!names) {
    names = new Set<FactName>([
      ...ALWAYS_KEPT,
      'disputesAmount',
      'wantsUndo',
      'appealStatus',
      ...FLAGS_KEPT,
      ...(ATTEMPT_SLOTS.has(slot) ? (['triedIrs'] as const) : []),
      ...(WAIT_SLOTS.has(slot) ? (['waitingDays'] as const) : []),
      ...(NOTICE_SLOTS.has(slot) ? (['notices'] as const) : []),
      ...(HARM_SLOTS.has(slot) ? HARM_KEPT : []),
    ]);
    extrasBySlot.set(slot, names);
  }
  return names;
}
