import type { Facts } from '../facts/facts.js';
import { TAKING_ACTIONS as TAKINGS } from '../rules/basis.js';
import { namesFederalActor } from '../understanding/actor.js';
import type { Answer } from './state.js';

/**
 * The answer to "what has the IRS done?" is nothing, and puts it on a state ("it's the Georgia Dept of Revenue, not
 * the IRS", "nothing from the IRS at all, this is only the state letter").
 */
function toldItWasTheState(answers: readonly Answer[]): boolean {
  return answers.some(
    (a) =>
      a.owned &&
      a.slot === 'irs_action' &&
      (a.facts.stateTax || /\bstate\b/i.test(a.text)) &&
      (a.facts.irsActions ?? []).length > 0 &&
      (a.facts.irsActions ?? []).every((x) => x === 'none'),
  );
}

/** Everything the story put on the IRS moves to the state: the IRS has done nothing, and the problem is a state's. */
function allOnTheState(facts: Facts): Facts {
  const { moneyTakenNow, ...rest } = facts;
  return { ...rest, irsActions: ['none'], ...(moneyTakenNow ? { harmNow: true } : {}), issueType: 'other' };
}

/**
 * Pure: the facts with a taking the story told ("they are garnishing my wages") moved off the IRS once the
 * conversation shows a state agency took it: the person says so when asked what the IRS did, or a state agency
 * is named and the IRS never is (no IRS notice, no "IRS" in any answer). Money a state is taking is harm now
 * (urgency), not an IRS levy (no basis), and a state tax is none of the federal problem types.
 */
export function attributeStateTakings(facts: Facts, answers: readonly Answer[]): Facts {
  if (!facts.stateTax) return facts;
  const told = toldItWasTheState(answers);
  const acted = (facts.irsActions ?? []).some((a) => a !== 'none');
  if (told && acted) return allOnTheState(facts);
  const federal = (facts.notices ?? []).length > 0 || answers.some((a) => namesFederalActor(a.text));
  // The IRS never named, no IRS notice: the bills and letters told of ("Sending bills") are the state's too.
  if (!federal && acted && !(facts.irsActions ?? []).some((a) => TAKINGS.has(a))) return allOnTheState(facts);
  if (!(facts.irsActions ?? []).some((a) => TAKINGS.has(a))) return facts;
  // Told, with a taking, returned above: a federal party named leaves the taking on the IRS.
  if (federal) return facts;
  const { moneyTakenNow, ...rest } = facts;
  const irsActions = (facts.irsActions ?? []).filter((a) => !TAKINGS.has(a) && a !== 'none');
  return {
    ...rest,
    irsActions: irsActions.length > 0 ? irsActions : ['none'],
    ...(moneyTakenNow ? { harmNow: true } : {}),
    ...(facts.issueType === 'levy_garnishment' ? { issueType: 'other' as const } : {}),
  };
}
