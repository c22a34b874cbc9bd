import type { AppealStatus } from '../facts/facts.js';
import { hasStateSentence } from './actor.js';
import { hasActual, hasAffirmed, hasAny, splitClauses } from './cues.js';
import { isDontKnow, parseYesNo } from './yes-no.js';

const CRIMINAL =
  /\b(criminal investigation|criminal investigators?|special agents?|ci agents?|irs ci|criminal (agents?|case|division|charges)|investigacion criminal|agentes especiales)\b/;
/** Words that name a state tax itself; agencies ("department of revenue") count through their sentences (actor.ts). */
// A state refund the IRS seizes or offsets is a federal collection ("notice of intent to seize your state tax refund").
const STATE_TAX =
  /\b(state (tax(?! refund)|taxes|income tax|tax return|tax board|revenue)|impuestos estatales)\b|(?<!\b(seiz\w*|lev(y|ied|ying)|take|took|taking|taken|offset\w*|intercept\w*|keep|kept|appl(y|ied))\b.{0,40})\bstate (tax )?refunds?\b/;
const FEDERAL_NOT_STATE = /\bnot (the )?state\b|\bnot a state\b/;
const FRIVOLOUS =
  /\b(income tax(es)? (is|are) (voluntary|illegal|unconstitutional)|taxes are voluntary|voluntary (tax|system|compliance)|sovereign (citizen|individual)|not a (taxpayer|us person)|wages (are not|arent) income|(16th|sixteenth) amendment|straw ?man|no law requires|natural person|irs is (not|isnt) (real|legal|a real agency))\b/;

/** Pure: true when the text says IRS Criminal Investigation made contact. */
export function detectCriminal(text: string): boolean {
  return hasAffirmed(splitClauses(text), CRIMINAL, 3);
}

/** Pure: true when the problem is a state (not federal) tax. */
export function detectStateTax(text: string): boolean {
  const clauses = splitClauses(text);
  return (hasAffirmed(clauses, STATE_TAX, 3) || hasStateSentence(text)) && !hasAny(clauses, FEDERAL_NOT_STATE);
}

/** Pure: true when the text argues a frivolous position ("income tax is voluntary", "sovereign citizen"). */
export function detectFrivolous(text: string): boolean {
  return hasAffirmed(splitClauses(text), FRIVOLOUS, 3);
}

const TAX_COURT =
  /\btax court\b.{0,30}\b(petition\w*|filed|docket\w*|case|pending|trial)\b|\b(petition\w*|filed|docketed)\b.{0,30}\btax court\b|\bdocketed\b|\b(went|gone|been) to tax court\b|\b(case|petition) in tax court\b/;
const QUESTION =
  /\b(can|could|should|do|how do|how can) (i|we)\b|\bis it too late\b|\b(says|said|saying|tells|told)( me| us)?( that)? (i|we|you) (can|could|may|have)\b/;
const HEARING_DONE =
  /\b(had|went through|did|attended) (the |a |my |our )?(whole )?(cdp |collection due process |phone )?(hearing|appeal)\b|\bhearing (is|was) (done|over|held|finished)\b|\b(appeals|hearing officer|settlement officer|appeals officer|appeals lady|appeals guy)\b.{0,40}\b(decided|ruled|denied|sustain\w*|upheld|against|determination)\b|\bnotice of determination\b|\blost (the|my) (hearing|appeal)\b|\b(hearing|appeal)\b.{0,30}\bi lost\b/;
const APPEAL_PENDING =
  /\b(filed|sent|submitted|mailed) (an |my |the |a )?(appeal|protest)\b|\b(appeal|protest) (is |was )?(pending|in progress|open|filed|sent)\b|\bin appeals\b|\bwaiting (on|for) appeals\b|\bappealed\b/;
const HEARING_REQUESTED =
  /\b(requested|asked for|filed for|sent in|submitted|filed|mailed) (a |the |my |for a )?(cdp |collection due process )?hearing\b|\b(sent|sent in|filed|mailed|submitted|faxed|returned|turned in|signed and sent) (in )?(the |a |my |our )?(form )?12153\b|\b12153\b.{0,20}\b(sent|filed|mailed|submitted|faxed|is in|went in)\b|\bwaiting (on|for) (my|the|a) hearing\b|\bhearing (is )?(scheduled|set|pending|coming)\b/;
const NO_APPEAL =
  /\b(no|never|havent|have not|didnt|did not|nothing|not)\b.{0,25}\b(appeal\w*|hearing|petition|filed|asked|requested|done|tax court)\b|\bnothing (yet|filed|to appeal)\b|\bno he hecho nada\b|\bdidnt know (we|i) could\b/;

/** Pure: the appeal or litigation stage a text states, most advanced first; undefined when it says none. */
export function detectAppealStatus(text: string): AppealStatus | undefined {
  const clauses = splitClauses(text);
  if (hasActual(clauses, TAX_COURT, 3) && !hasAny(clauses, QUESTION)) return 'tax_court';
  if (hasAffirmed(clauses, HEARING_DONE, 3)) return 'hearing_done';
  if (hasAffirmed(clauses, APPEAL_PENDING, 3)) return 'appeal_pending';
  if (hasAffirmed(clauses, HEARING_REQUESTED, 3)) return 'hearing_requested';
  if (hasAny(clauses, NO_APPEAL)) return 'none';
  return undefined;
}

/** Pure: the appeal status an answer to "have you appealed?" gives, falling back on yes/no; undefined when unclear. */
export function readAppealAnswer(text: string): AppealStatus | undefined {
  const stated = detectAppealStatus(text);
  if (stated) return stated;
  if (isDontKnow(text)) return 'unknown';
  const yesNo = parseYesNo(text);
  if (!yesNo.ok) return undefined;
  return yesNo.value === 'no' ? 'none' : yesNo.value === 'yes' ? 'appeal_pending' : 'unknown';
}
