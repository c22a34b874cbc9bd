import type { Choice } from '../api.js';
import type { AskTurn, Dialog, Turn } from '../dialog/schema.js';
import type { Facts, IsoDate } from '../facts/facts.js';
import { conditions } from '../rules/conditions.js';
import { decideOutcome } from '../rules/decide.js';
import type { Outcome } from '../rules/outcome.js';
import { explainOutcome, fill, renderSections } from './explain.js';
import { collectEvidence, foldFacts } from './facts-fold.js';
import type { SessionState } from './state.js';
import { dateOf, type EngineOutput, type Today } from './types.js';

/** Pure: whether a turn's `when` condition holds (a turn without one always applies). */
export function applies(turn: Turn, facts: Facts): boolean {
  if (turn.kind === 'outcome' || turn.when === undefined) return true;
  const condition = conditions[turn.when];
  return condition ? condition(facts) : false;
}

/** Pure: the current facts and outcome of a session. */
export function currentOutcome(state: SessionState, today: IsoDate): Outcome {
  return decideOutcome(foldFacts(state.answers), collectEvidence(state.answers), today);
}

/** Pure: a short key of what an outcome says, to tell whether a change changed it. */
export function outcomeKey(o: Outcome): string {
  const deadlines = o.deadlines.map((d) => `${d.kind}@${d.due}`).sort();
  return [o.recommendation, [...o.basis].sort().join('+'), o.urgency, deadlines.join('+'), o.issue_type].join('|');
}

/** Pure: the prompt output for an ask turn; `withPerson` adds the talk-to-a-person choice. */
export function promptFor(turn: AskTurn, text: string, dialog: Dialog, withPerson = false): EngineOutput {
  const choices: Choice[] = turn.choices.map((c) => ({ value: c.value, label: c.label }));
  if (withPerson) choices.push({ value: 'agent', label: dialog.wording.talkToPerson });
  return { kind: 'prompt', slot: turn.slot, text, choices };
}

function isAnswered(state: SessionState, turn: AskTurn): boolean {
  return state.answers.some((a) => a.slot === turn.slot);
}

/**
 * Pure: moves the conversation to its next open turn and says what that takes: the next needed question,
 * the outcome (again, when the facts changed it), the hand-off, or the end.
 */
export function advance(
  dialog: Dialog,
  state: SessionState,
  today: Today,
): { state: SessionState; outputs: EngineOutput[] } {
  let s = { ...state, attempts: 0 };
  const outputs: EngineOutput[] = [];
  // The loop changes only outcomeKey, handedOff and turnId, never the answers: the facts are folded once,
  // and the outcome, when a turn needs it, is decided once.
  const facts = foldFacts(s.answers);
  let decided: Outcome | undefined;
  const outcomeNow = (): Outcome => {
    decided ??= decideOutcome(facts, collectEvidence(s.answers), dateOf(today));
    return decided;
  };
  for (const turn of dialog.turns) {
    if (!applies(turn, facts)) continue;
    switch (turn.kind) {
      case 'ask':
        if (isAnswered(s, turn)) continue;
        outputs.push(promptFor(turn, turn.prompt, dialog));
        return { state: { ...s, turnId: turn.id }, outputs };
      case 'outcome': {
        const outcome = outcomeNow();
        const key = outcomeKey(outcome);
        if (s.outcomeKey === key) continue;
        if (s.outcomeKey !== null) outputs.push({ kind: 'say', text: dialog.wording.outcomeChanged });
        const sections = explainOutcome(outcome, dialog.wording.outcome, outcome.decided_on);
        outputs.push({ kind: 'outcome', outcome, text: renderSections(sections), sections });
        s = { ...s, outcomeKey: key };
        continue;
      }
      case 'handoff': {
        if (s.handedOff) continue;
        const outcome = outcomeNow();
        const evidence = collectEvidence(s.answers);
        const contact = outcome.facts.contactEmail ?? outcome.facts.contactPhone ?? dialog.wording.contactFallback;
        const text = fill(turn.message, { contact, name: outcome.facts.contactName ?? '' });
        outputs.push({ kind: 'handoff', reason: 'screening-complete', outcome, facts: outcome.facts, evidence, text });
        s = { ...s, handedOff: true };
        continue;
      }
      case 'end':
        outputs.push({ kind: 'end', text: turn.message });
        return { state: { ...s, turnId: null, ended: true }, outputs };
      default: {
        const never: never = turn;
        throw new Error(`unknown turn ${JSON.stringify(never)}`);
      }
    }
  }
  outputs.push({ kind: 'end', text: dialog.wording.ended });
  return { state: { ...s, turnId: null, ended: true }, outputs };
}
