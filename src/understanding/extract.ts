import type { FactName, Facts, IrsAction, IsoDate, Notice } from '../facts/facts.js';
import { HARMFUL_ACTIONS } from '../rules/basis.js';
import { issueTypeFromActions } from '../rules/issue-type.js';
import { findAbroad } from './abroad.js';
import { findIrsActions } from './actions.js';
import { classifyIssue } from './classifier.js';
import { detectAppealStatus, detectCriminal, detectFrivolous, detectStateTax } from './flags.js';
import { parseHardship } from './hardship.js';
import { findTrustedNotices } from './notice-trust.js';
import { detectAbroad } from './notices.js';
import { findAmountOwed, findTaxYears } from './numbers.js';
import { detectDispute, detectProcessFailure, detectPromisedDateMissed, detectTriedIrs } from './signals.js';
import { countWords } from './text-normalize.js';
import { findWaitingDays } from './waiting.js';

/** The conversation's date, and the notices already known (a bare date in an answer dates one of them). */
export type UnderstandContext = { today: IsoDate; notices?: readonly Notice[] };

/** Actions that can cause harm (the rules' list), and a broken payment plan, which threatens one. */
const HARMFUL: ReadonlySet<IrsAction> = new Set<IrsAction>([...HARMFUL_ACTIONS, 'payment_plan_problem']);
/** Where a notice went, or where the person lives: a trip or a job abroad is not an address. */
const RESIDES =
  /\b(live|living|lives|reside|moved|address|addressed|sent (it )?to|mailed to|vivo|vivimos|me regrese|me mude|mi casa|mandaron a|my house in)\b/i;
const NO_REP =
  /\b(no|dont have|do not have|without|not) (a |any )?(lawyer|attorney|cpa|accountant|representative|tax pro)\b/i;
const CLASSIFIER_CONFIDENCE = 0.7;

/** The facts a hardship reading can state, and those the IRS actions named feed. */
const HARDSHIP_FACTS: readonly FactName[] = ['hardship', 'hardshipKinds', 'hardshipNotFromIrs', 'harmNow', 'harmDate'];
const ACTION_FACTS: readonly FactName[] = ['irsActions', 'moneyTakenNow', 'issueType', ...HARDSHIP_FACTS];

/**
 * Pure: every fact a free text states with confidence; what it does not clearly say is left out (the engine asks).
 * With `wanted`, readings that can state none of those facts are skipped (an answer to another question keeps
 * only a few): each wanted fact has the value a full reading gives it, and other facts may be missing.
 */
export function extractFacts(text: string, ctx: UnderstandContext, wanted?: ReadonlySet<FactName>): Facts {
  const wants = (...names: readonly FactName[]): boolean => !wanted || names.some((name) => wanted.has(name));
  const facts: Facts = {};
  if (wants('notices')) {
    const notices = findTrustedNotices(text, ctx.today, true);
    if (notices.length > 0) facts.notices = notices;
  }
  if (wants('addressedAbroad') && (findAbroad(text)?.lives || (detectAbroad(text) && RESIDES.test(text))))
    facts.addressedAbroad = true;
  const owed = wants('amountOwed') ? findAmountOwed(text) : undefined;
  if (owed !== undefined) facts.amountOwed = owed;
  const years = wants('taxYears') ? findTaxYears(text, ctx.today) : [];
  if (years.length > 0) facts.taxYears = years;
  if (wants(...ACTION_FACTS)) readActionFacts(text, ctx.today, facts);
  Object.assign(facts, readAttempts(text, ctx.today, wants));
  const dispute = detectDispute(text, false);
  if (dispute.disputesAmount === 'yes' || dispute.disputesAmount === 'no')
    facts.disputesAmount = dispute.disputesAmount;
  if (dispute.wantsUndo) facts.wantsUndo = true;
  if (detectCriminal(text)) facts.criminalInvestigation = true;
  if (detectStateTax(text)) facts.stateTax = true;
  if (detectFrivolous(text)) facts.frivolous = true;
  const appeal = detectAppealStatus(text);
  if (appeal && (appeal !== 'none' || /appeal|hearing|petition|tax court/i.test(text))) facts.appealStatus = appeal;
  if (NO_REP.test(text)) facts.represented = 'no';
  // A state tax is not one of the federal problem types, whatever its words resemble.
  if (wants('issueType')) {
    const issueType = issueTypeFromActions(facts.irsActions ?? []) ?? (facts.stateTax ? 'other' : confidentClass(text));
    if (issueType) facts.issueType = issueType;
  }
  return facts;
}

/** The IRS actions named, and the hardship that hangs on them, added to `facts`. */
function readActionFacts(text: string, today: IsoDate, facts: Facts): void {
  const { irsActions, moneyTakenNow, takenByState } = findIrsActions(text, today);
  if (irsActions.length > 0) facts.irsActions = irsActions;
  if (moneyTakenNow) facts.moneyTakenNow = true;
  // A state agency taking money is harm happening now, but not an IRS action (no levy, no economic-burden basis).
  if (takenByState) facts.harmNow = true;
  Object.assign(facts, readHardship(text, today, irsActions, moneyTakenNow));
}

/** Hardship counts from a free text only when it hangs on a harmful IRS action the same text names. */
function readHardship(text: string, today: IsoDate, actions: readonly IrsAction[], taken: boolean): Facts {
  if (!taken && !actions.some((a) => HARMFUL.has(a))) return {};
  const reading = parseHardship(text, today);
  if (!reading.ok || reading.value.hardship !== 'yes' || reading.value.hardshipNotFromIrs) return {};
  const facts: Facts = { ...reading.value };
  if (taken) facts.harmNow = true;
  return facts;
}

/** Attempts, delays, missed promises and failed processes, only as far as the text describes them. */
function readAttempts(text: string, today: IsoDate, wants: (name: FactName) => boolean): Facts {
  const facts: Facts = {};
  const tried = wants('triedIrs') ? detectTriedIrs(text, false) : undefined;
  if (tried === 'yes' || tried === 'no') facts.triedIrs = tried;
  const waiting = wants('waitingDays') ? findWaitingDays(text, today) : undefined;
  if (waiting !== undefined) facts.waitingDays = waiting;
  if (detectPromisedDateMissed(text, false) === 'yes') facts.promisedDateMissed = 'yes';
  if (detectProcessFailure(text, false) === 'yes') facts.processFailure = 'yes';
  return facts;
}

function confidentClass(text: string): Facts['issueType'] {
  if (countWords(text) < 4) return undefined;
  const guess = classifyIssue(text);
  return guess.confidence >= CLASSIFIER_CONFIDENCE ? guess.issueType : undefined;
}
