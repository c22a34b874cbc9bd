import type { UserInput } from '../api.js';
import type { AskTurn, Dialog } from '../dialog/schema.js';
import type { Facts, IsoDate } from '../facts/facts.js';
import { MONTH_PATTERN } from '../understanding/date-candidates.js';
import { type Command, detectCommand, understandAnswer } from '../understanding/index.js';
import { parseYesNo } from '../understanding/yes-no.js';
import { advance, promptFor } from './agenda.js';
import { answerEntries } from './answers.js';
import { runCommand } from './commands.js';
import { foldFacts } from './facts-fold.js';
import { initialState } from './initial-state.js';
import type { SessionState } from './state.js';
import { dateOf, type EngineOutput, type StepResult, type Today } from './types.js';

const NARRATIVE_MIN_CHARS = 40;
const MAX_MISSES = 3;

/** Pure: the ask turn now waiting for an answer, if any. */
export function currentTurn(dialog: Dialog, state: SessionState): AskTurn | undefined {
  const turn = dialog.turns.find((t) => t.id === state.turnId);
  return turn?.kind === 'ask' ? turn : undefined;
}

function greet(dialog: Dialog, state: SessionState, today: Today, note?: string): StepResult {
  const said: EngineOutput[] = [
    ...(note ? [{ kind: 'say' as const, text: note }] : []),
    ...dialog.wording.greeting.map((text) => ({ kind: 'say' as const, text })),
  ];
  const next = advance(dialog, state, today);
  return { state: next.state, outputs: [...said, ...next.outputs] };
}

function reprompt(dialog: Dialog, state: SessionState, turn: AskTurn): StepResult {
  const attempts = state.attempts + 1;
  const second = attempts >= 2;
  const outputs: EngineOutput[] = [
    { kind: 'say', text: second ? dialog.wording.secondMiss : turn.reprompt },
    promptFor(turn, turn.prompt, dialog, second),
  ];
  return { state: { ...state, attempts }, outputs };
}

function choiceFacts(turn: AskTurn, value: string): { facts: Facts; label: string } | undefined {
  const wanted = value.trim().toLowerCase();
  const choice = turn.choices.find((c) => c.value === wanted || c.label.toLowerCase() === wanted);
  if (!choice) return undefined;
  return { facts: choice.facts ?? {}, label: choice.label };
}

/** Reads one answer to the current question: a choice, understood words, or a miss. */
function answer(dialog: Dialog, state: SessionState, turn: AskTurn, input: UserInput, today: IsoDate): StepResult {
  const raw = input.kind === 'choice' ? input.value : input.kind === 'text' ? input.text : '';
  const chosen = choiceFacts(turn, raw);
  const ctx = { today, notices: foldFacts(state.answers).notices ?? [] };
  let facts: Facts | undefined = chosen?.facts;
  if (chosen && Object.keys(chosen.facts).length === 0) {
    const read = understandAnswer(turn.slot, chosen.label, ctx);
    facts = read.ok ? read.value : {};
  } else if (!chosen) {
    const read = understandAnswer(turn.slot, raw, ctx);
    if (read.ok) facts = read.value;
  }
  if (facts === undefined) {
    if (state.attempts + 1 < MAX_MISSES) return reprompt(dialog, state, turn);
    // Still not understood after the choices were offered: record "not known" rather than guess.
    facts = {};
  }
  const entries = answerEntries(
    turn,
    turn.slot === 'narrative' ? unconfirmedNotices(facts) : facts,
    chosen ? chosen.label : raw,
  );
  const next = advance(dialog, { ...state, answers: [...state.answers, ...entries] }, today);
  const gaveUp: EngineOutput[] =
    state.attempts + 1 >= MAX_MISSES && !chosen && facts && Object.keys(facts).length === 0
      ? [{ kind: 'say', text: dialog.wording.gaveUp }]
      : [];
  return { state: next.state, outputs: [...gaveUp, ...next.outputs] };
}

/**
 * A date read from a story may belong to something else in it (a closing, a payday): a notice dated there
 * counts as approximate until the notice question confirms the printed date.
 */
function unconfirmedNotices(facts: Facts): Facts {
  if (!facts.notices) return facts;
  return {
    ...facts,
    notices: facts.notices.map((n) => (n.dateSource === 'printed' ? { ...n, dateSource: 'approximate' as const } : n)),
  };
}

/** An answer that opens with a yes or no before its change cue ("no... wait, yes", "yes, sorry, no"). */
const SELF_CORRECTED = /^\W*(no|nope|nah|yes|yeah|yep|s[ií])\b/i;
/** The questions that ask for a date, and what a date looks like in a change cue's text ("wait, it's October 20, 2025"). */
const DATE_SLOTS: ReadonlySet<string> = new Set(['notice', 'harm_date']);
const DATE_LIKE = new RegExp(`\\b(${MONTH_PATTERN})\\b|\\b\\d{1,2}[/-]\\d{1,2}\\b|\\b(19|20)\\d\\d\\b`, 'i');

function commandOf(input: UserInput, turn: AskTurn | undefined): Command | undefined {
  if (input.kind === 'choice') {
    if (input.value === 'agent') return { kind: 'agent' };
    return undefined;
  }
  if (input.kind !== 'text') return undefined;
  const command = detectCommand(input.text);
  // A long first story that happens to contain a cue is the story, not a command.
  if (turn?.slot === 'narrative' && command && command.kind !== 'agent' && input.text.length > NARRATIVE_MIN_CHARS)
    return undefined;
  // "no... wait, yes": the person corrects the answer they are giving in the same message, not an earlier one.
  if (turn && command?.kind === 'change' && SELF_CORRECTED.test(input.text) && parseYesNo(command.text).ok)
    return undefined;
  // "wait, the letter is from 2025... October 20, 2025" asked for a date: the person corrects the date being given.
  if (turn && command?.kind === 'change' && DATE_SLOTS.has(turn.slot) && DATE_LIKE.test(command.text)) return undefined;
  return command;
}

/**
 * Pure: one turn of the screening. Given the dialog, the stored state (undefined for a new conversation),
 * what the person did and the conversation's date (or a pure function giving it, called only if the turn
 * needs it), returns the next state and what to say and do.
 * Performs nothing: hand-offs and forgetting are returned as outputs for the caller to carry out.
 */
export function step(dialog: Dialog, stored: SessionState | undefined, input: UserInput, today: Today): StepResult {
  const fresh = initialState(dialog.id, dialog.version);
  if (!stored || stored.dialogId !== dialog.id || stored.dialogVersion !== dialog.version) {
    const note = stored ? dialog.wording.versionChanged : undefined;
    const greeted = greet(dialog, fresh, today, note);
    const text = input.kind === 'text' ? input.text.trim() : '';
    // Someone who opens with their story has answered the first question already.
    if (text.length >= NARRATIVE_MIN_CHARS && currentTurn(dialog, greeted.state)?.slot === 'narrative') {
      const first = step(dialog, greeted.state, input, today);
      return { state: first.state, outputs: [...greeted.outputs.filter((o) => o.kind === 'say'), ...first.outputs] };
    }
    return greeted;
  }
  const state = stored;
  const turn = currentTurn(dialog, state);
  if (input.kind === 'start') {
    if (state.ended) return greet(dialog, fresh, today);
    return turn ? { state, outputs: [promptFor(turn, turn.prompt, dialog)] } : advance(dialog, state, today);
  }
  if (state.pending) return runCommand(dialog, state, { kind: 'pending', input }, dateOf(today));
  const command = commandOf(input, turn);
  if (command?.kind === 'help' && turn?.slot === 'narrative') {
    // "help" again at the opening question asks for help with the problem, not with the question: take it as a
    // story that says nothing yet, and the guided questions follow.
    if (state.attempts > 0) return answer(dialog, { ...state, attempts: 0 }, turn, input, dateOf(today));
    const helped = runCommand(dialog, state, command, dateOf(today));
    return { ...helped, state: { ...helped.state, attempts: 1 } };
  }
  if (command) return runCommand(dialog, state, command, dateOf(today));
  if (state.ended || !turn) {
    return { state, outputs: [{ kind: 'end', text: dialog.wording.ended }] };
  }
  return answer(dialog, state, turn, input, dateOf(today));
}
