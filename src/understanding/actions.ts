import type { IrsAction, IsoDate } from '../facts/facts.js';
import { TAKING_ACTIONS } from '../rules/basis.js';
import { DETECTORS, type Mode } from './action-detectors.js';
import { pruneOverlaps } from './action-overlaps.js';
import { isStateActorOnly, namesStateAgency, withoutStateSentences } from './actor.js';
import { HYPOTHETICAL, hasAffirmed, hasAny, isGuarded, matchesIn, NEGATION, splitClauses } from './cues.js';
import { isTakingOver } from './levy-timing.js';

/**
 * What the IRS did, as a text tells it, and whether money is being taken or frozen now; `takenByState` when a state
 * agency, not the IRS, is taking or freezing money.
 */
export type IrsActionsFound = { irsActions: IrsAction[]; moneyTakenNow: boolean; takenByState?: boolean };

const NONE =
  /^(no|nothing|none|nada|nope)\b(?! (idea|se|clue|lo se|since|back))|\b(nothing (yet|from them|else|really)|no action|(havent|hasnt|didnt) (done|did) (anything|nothing)|no letters?|no notices?|no letter no nothing|nada todavia|no han hecho nada)\b/;
/** A levy served but not yet taking money ("starting next paycheck"). */
const NOT_YET =
  /\b(starting|starts|start|begins|beginning) (next|on|in|the|this coming)\b|\bnext (paycheck|check|pay ?day)\b|\bnot yet\b/;
const MONEY = /\$\s?\d[\d,]*(\.\d+)?\s?(k|grand|thousand)?\b|\b\d[\d,]*(\.\d+)?\s?(dollars|dolares|bucks)\b/gi;

/**
 * Pure: the IRS actions a text describes, in schema order; `none` when it says nothing was done, or when the only agency
 * at work is a state's ("the Arizona Department of Revenue is garnishing my pay"). Sentences about a state agency are
 * left out when the IRS is named too.
 */
export function findIrsActions(text: string, today?: IsoDate): IrsActionsFound {
  if (!namesStateAgency(text)) return readActions(text, today);
  if (isStateActorOnly(text)) {
    const state = readActions(text, today);
    return { irsActions: ['none'], moneyTakenNow: false, ...(state.moneyTakenNow ? { takenByState: true } : {}) };
  }
  return readActions(withoutStateSentences(text), today);
}

function readActions(text: string, today: IsoDate | undefined): IrsActionsFound {
  // "holding my $5,800 refund": an amount between the words must not hide what they say.
  const clauses = splitClauses(text.replace(MONEY, ' '));
  const found = new Set<IrsAction>();
  const whole = [clauses.join(' ')];
  for (const { action, mode, re, window, ignore } of DETECTORS) {
    const kept = ignore ? clauses.map((c) => c.replace(ignore, ' ')) : clauses;
    if (isHit(mode, kept, ignore ? [kept.join(' ')] : whole, re, window)) found.add(action);
  }
  addOngoingLevy(found, clauses);
  pruneOverlaps(found, clauses);
  if (found.size === 0 && hasAny(clauses, NONE)) found.add('none');
  // In the detectors' order, each once (an action may have more than one detector).
  const irsActions = [...new Set(DETECTORS.map((d) => d.action))].filter((a) => found.has(a));
  if (found.has('none')) irsActions.push('none');
  const notYet = hasAny(clauses, NOT_YET);
  const levied = [...TAKING_ACTIONS].some((a) => found.has(a));
  const over = levied && isTakingOver(text, today, found.has('wage_levy'));
  return { irsActions, moneyTakenNow: !notYet && levied && !over };
}

/** "the levy release never came ... they're still taking it": a levy still running, named only by its release. */
const STILL_TAKING = /\b(still|keep|keeps|kept|continu\w*) (taking|taken|garnish\w*|deduct\w*|levying|coming out)\b/;
const RELEASE = /\b(levy|garnishment) release\b|\brelease (the |my )?(levy|garnishment)\b/;
const AT_WORK = /\b(job|work|employer|payroll|hr|boss|paychecks?|checks?|wages?|salary)\b/;

function addOngoingLevy(found: Set<IrsAction>, clauses: readonly string[]): void {
  if (
    [...TAKING_ACTIONS].some((a) => found.has(a)) ||
    !hasAny(clauses, RELEASE) ||
    !hasAffirmed(clauses, STILL_TAKING, 3)
  )
    return;
  found.add(hasAny(clauses, AT_WORK) ? 'wage_levy' : 'other_levy');
}

/** Statement breaks inside a clause: "took $640 from my check and says it will keep doing it" is two statements. */
const STATEMENT_BREAK = /\b(and|so|then|y|plus|also)\b/g;

/** Not negated just before, and no hypothetical cue in the statement the match starts in. */
function isActualAt(clause: string, index: number, window: number): boolean {
  if (isGuarded(clause, index, NEGATION, window)) return false;
  const breaks = matchesIn(clause, STATEMENT_BREAK).map((m) => m.index);
  const start = Math.max(0, ...breaks.filter((b) => b < index));
  const end = breaks.find((b) => b > index) ?? clause.length;
  return !HYPOTHETICAL.test(clause.slice(start, end));
}

function isHit(mode: Mode, clauses: readonly string[], whole: readonly string[], re: RegExp, window = 4): boolean {
  if (mode === 'actual') return clauses.some((c) => matchesIn(c, re).some((m) => isActualAt(c, m.index, window)));
  if (mode === 'affirmed') return hasAffirmed(clauses, re, window);
  return mode === 'text' ? hasAffirmed(whole, re, window) : hasAny(clauses, re);
}
