import type { Facts, IsoDate, Notice, TriState } from '../facts/facts.js';
import { fail, ok, type Result } from '../result.js';
import { windowFor } from '../rules/deadlines.js';
import { issueTypeFromActions } from '../rules/issue-type.js';
import { findIrsActions } from './actions.js';
import { isStateActorOnly } from './actor.js';
import { classifyIssue } from './classifier.js';
import { findDates, findTiedDates } from './dates.js';
import { detectStateTax } from './flags.js';
import { findTrustedNotices } from './notice-trust.js';
import { detectAbroad } from './notices.js';
import { normalizeText } from './text-normalize.js';
import { isDontKnow, parseYesNo } from './yes-no.js';

/** A slot's own reading of its answer. */
export type SlotRead = Result<Facts, 'unclear'>;

/** Common function words (English and Spanish): a text with none of them is not an answer ("asdf qwer"). */
const COMMON =
  /\b(i|im|ive|my|me|we|our|us|they|them|their|he|she|the|a|an|it|its|is|was|are|to|of|in|on|for|and|or|but|not|no|yes|have|had|did|do|dont|just|that|this|irs|tax|taxes|yo|mi|me|el|la|los|las|que|de|en|y|con|para|por|es|un|una|nada|si)\b/;

/** Pure: true when the text has words a person would use (not gibberish or a stray key). */
export function isWordy(text: string): boolean {
  const normalized = normalizeText(text);
  return normalized !== '' && (COMMON.test(normalized) || parseYesNo(text).ok || classifyIssue(text).confidence > 0);
}

/** Pure: a yes/no/unsure answer; `described` (a detector's reading) wins over the bare particle. */
export function readTriState(text: string, described?: TriState, fallbackUnsure = false): Result<TriState, 'unclear'> {
  if (described) return ok(described);
  const yesNo = parseYesNo(text);
  if (yesNo.ok) return yesNo;
  if (isDontKnow(text) || (fallbackUnsure && isWordy(text))) return ok('unsure');
  return fail('unclear');
}

/** issue_type: what the named IRS actions point to, else the classifier; 'unclear' only for gibberish. */
export function readIssueType(text: string, today?: IsoDate): SlotRead {
  const { irsActions, moneyTakenNow } = findIrsActions(text, today);
  const fromActions = issueTypeFromActions(irsActions);
  const facts: Facts = {};
  if (irsActions.some((a) => a !== 'none')) facts.irsActions = irsActions.filter((a) => a !== 'none');
  if (moneyTakenNow) facts.moneyTakenNow = true;
  if (fromActions) return ok({ ...facts, issueType: fromActions });
  if (detectStateTax(text)) return ok({ ...facts, issueType: 'other' });
  if (isDontKnow(text)) return ok(facts);
  const guess = classifyIssue(text);
  if (guess.confidence > 0) return ok({ ...facts, issueType: guess.issueType });
  return isWordy(text) ? ok({ ...facts, issueType: 'other' }) : fail('unclear');
}

/** irs_action: the actions described; "nothing" is `none`; a description we cannot map states nothing. */
export function readIrsAction(text: string, today?: IsoDate): SlotRead {
  const { irsActions, moneyTakenNow, takenByState } = findIrsActions(text, today);
  if (irsActions.length > 0) return ok({ irsActions, moneyTakenNow, ...(takenByState ? { harmNow: true } : {}) });
  const yesNo = parseYesNo(text);
  if (yesNo.ok && yesNo.value === 'no') return ok({ irsActions: ['none'], moneyTakenNow: false });
  return isDontKnow(text) || isWordy(text) ? ok({}) : fail('unclear');
}

const NOW = /\b(right now|now|already|happening|every (paycheck|check|payday)|today|ahora|ya)\b/;
const NO_DATE =
  /\b(no (specific |set |particular |real )?date|dont know|not sure|whenever|no idea|nothing due|no deadline|(they )?didnt say|sin fecha|no se|not yet)\b/;
const RATE = /^(a|one|per|each|every) (day|week|month|year)\b/i;

/** harm_date: a due date (today or later), "right now", or no date (`null`). */
export function readHarmDate(text: string, today: IsoDate): SlotRead {
  const normalized = normalizeText(text);
  const dates = findDates(text, today, 'future').filter((d) => {
    const said = text.slice(d.index, d.end);
    return d.date >= today && !RATE.test(said) && !/^(right )?now$|^today$/i.test(said.trim());
  });
  const first = dates.map((d) => d.date).sort()[0];
  if (NOW.test(normalized) && !NO_DATE.test(normalized))
    return ok(first ? { harmNow: true, harmDate: first } : { harmNow: true });
  if (NO_DATE.test(normalized) || isDontKnow(text)) return ok({ harmDate: null });
  if (first) return ok({ harmDate: first });
  return fail('unclear');
}

const NO_NOTICE =
  /\b(no (letters?|notices?|paper\w*|irs (letter|notice)s?|final letter|new letters?)|none|nothing( new| recent)?|havent (gotten|received|got) (any|a)|dont have (any|a|the)|no tengo|ninguna|didnt (open|keep|read)|threw (it|them) (out|away)|ignored|only paper)\b/;

/** notice: the notices named (code, date); otherwise the person has no notice to go by. */
/**
 * "The lien letter was from 2025", "in spring 2024": a notice placed only in an earlier year is dated,
 * approximately, at that year's end, so that a window long closed is not taken for an open one.
 */
function datedByPastYear(notice: Notice, text: string, today: IsoDate): Notice {
  if (notice.date !== null) return notice;
  const years = [...text.matchAll(/\b(20\d\d)\b/g)]
    .map((m) => Number(m[1]))
    .filter((y) => y < Number(today.slice(0, 4)));
  if (years.length === 0) return notice;
  return { ...notice, date: `${Math.max(...years)}-12-31`, dateSource: 'approximate' };
}

export function readNotice(text: string, today: IsoDate, known: readonly Notice[] = []): SlotRead {
  const notices = findTrustedNotices(text, today, false).map((n) => datedByPastYear(n, text, today));
  const abroad = detectAbroad(text) !== undefined;
  if (notices.length > 0) return ok(abroad ? { notices, addressedAbroad: true } : { notices });
  // A letter from a state agency is no IRS notice to go by.
  if (isStateActorOnly(text)) return ok({ noNotice: true });
  // "no idea when" about a notice already named: its date is unknown, the notice is still there.
  const undated = known.find((n) => n.dateSource !== 'printed');
  if (undated && isDontKnow(text)) return ok({ notices: [{ code: undated.code, date: null, dateSource: 'unknown' }] });
  // A bare date ("dated 11/9") dates the notice named before whose printed date is still missing.
  if (findDates(text, today, 'past').length > 0 && !NO_NOTICE.test(normalizeText(text))) {
    // The question is there for the deadline: a notice that opens one comes before a bill or a CP2000.
    const undatedNotices = known.filter((n) => n.dateSource !== 'printed');
    const target = undatedNotices.find((n) => windowFor(n, {}) !== undefined) ?? undatedNotices[0];
    const dated = target ? findTiedDates(text, today, 'past')[0] : undefined;
    if (target && dated) {
      const dateSource = dated.approximate ? 'approximate' : dated.tie === 'received' ? 'received' : 'printed';
      const notice: Notice = { code: target.code, date: dated.date, dateSource };
      return ok(abroad ? { notices: [notice], addressedAbroad: true } : { notices: [notice] });
    }
    return ok(abroad ? { addressedAbroad: true } : {});
  }
  if (NO_NOTICE.test(normalizeText(text)) || isDontKnow(text) || isWordy(text)) return ok({ noNotice: true });
  return fail('unclear');
}

const REPRESENTED =
  /\b(my|our|a|have an?) (lawyer|attorney|cpa|accountant|enrolled agent|representative)\b.{0,30}\b(handl\w*|represent\w*|help\w*|working|on it|filed)\b/;

/** represented: whether a lawyer, CPA or enrolled agent represents them. */
export function readRepresented(text: string): SlotRead {
  const normalized = normalizeText(text);
  if (/\b(nobody|no one|noone|just me|myself|only me|no lawyer|no attorney|nadie)\b/.test(normalized)) {
    return ok({ represented: 'no' });
  }
  const yesNo = readTriState(text, REPRESENTED.test(normalized) ? 'yes' : undefined);
  return yesNo.ok ? ok({ represented: yesNo.value }) : yesNo;
}
