import type { UserInput } from '../api.js';
import type { AskTurn, Dialog } from '../dialog/schema.js';
import type { FactName, Facts, IsoDate, SlotId } from '../facts/facts.js';
import { type Command, extractFacts } from '../understanding/index.js';
import { parseYesNo } from '../understanding/yes-no.js';
import { advance, currentOutcome, outcomeKey, promptFor } from './agenda.js';
import { correctionEntry } from './answers.js';
import { collectEvidence, foldFacts } from './facts-fold.js';
import { initialState } from './initial-state.js';
import type { SessionState } from './state.js';
import type { EngineOutput, StepResult } from './types.js';

type Pending = { kind: 'pending'; input: UserInput };

const say = (text: string): EngineOutput => ({ kind: 'say', text });

function askTurns(dialog: Dialog): AskTurn[] {
  return dialog.turns.filter((t): t is AskTurn => t.kind === 'ask');
}

function repeatQuestion(dialog: Dialog, state: SessionState): EngineOutput[] {
  const turn = askTurns(dialog).find((t) => t.id === state.turnId);
  return turn ? [promptFor(turn, turn.prompt, dialog)] : [];
}

function confirmRestart(dialog: Dialog, state: SessionState): StepResult {
  const w = dialog.wording;
  const prompt: EngineOutput = {
    kind: 'prompt',
    slot: 'confirm_restart',
    text: w.restartConfirm,
    choices: [
      { value: 'yes', label: w.yes },
      { value: 'no', label: w.no },
    ],
  };
  return { state: { ...state, pending: 'confirm-restart' }, outputs: [prompt] };
}

function goBack(dialog: Dialog, state: SessionState, today: IsoDate): StepResult {
  const last = state.answers.at(-1);
  if (!last) return { state, outputs: [say(dialog.wording.backNothing), ...repeatQuestion(dialog, state)] };
  const answers = state.answers.filter((a) => a.slot !== last.slot);
  const next = advance(dialog, { ...state, answers, handedOff: state.handedOff, ended: false }, today);
  return { state: next.state, outputs: [say(dialog.wording.backDone), ...next.outputs] };
}

function handOffNow(dialog: Dialog, state: SessionState, today: IsoDate): StepResult {
  const outcome = state.outcomeKey ? currentOutcome(state, today) : null;
  const facts = foldFacts(state.answers);
  const handoff: EngineOutput = {
    kind: 'handoff',
    reason: 'asked-for-person',
    outcome,
    facts,
    evidence: collectEvidence(state.answers),
    text: dialog.wording.agentHandoff,
  };
  return {
    state: { ...state, handedOff: true, ended: true, turnId: null, pending: null },
    outputs: [handoff, { kind: 'end', text: dialog.wording.ended }],
  };
}

/** The slots whose questions depend on facts a correction changed: their answers are asked again. */
function dependentSlots(dialog: Dialog, changed: readonly string[]): Set<SlotId> {
  return new Set(
    askTurns(dialog)
      .filter((t) => t.dependsOn.some((f) => changed.includes(f)))
      .map((t) => t.slot),
  );
}

function owningSlot(dialog: Dialog, facts: Facts, fallback: SlotId): SlotId {
  const keys = Object.keys(facts) as FactName[];
  return askTurns(dialog).find((t) => t.fills.some((f) => keys.includes(f)))?.slot ?? fallback;
}

function applyChange(dialog: Dialog, state: SessionState, text: string, today: IsoDate): StepResult {
  const turn = askTurns(dialog).find((t) => t.id === state.turnId);
  const facts = extractFacts(text, { today });
  if (Object.keys(facts).length === 0) return pickChange(dialog, state);
  const slot = owningSlot(dialog, facts, turn?.slot ?? 'narrative');
  const stale = dependentSlots(dialog, Object.keys(facts));
  const answers = [
    ...state.answers.filter((a) => !stale.has(a.slot) || a.slot === slot),
    correctionEntry(slot, facts, text),
  ];
  const changed = { ...state, answers, ended: false };
  const before = state.outcomeKey;
  const after = before ? outcomeKey(currentOutcome(changed, today)) : null;
  const note = before && after === before ? [say(dialog.wording.outcomeSame)] : [];
  const next = advance(dialog, changed, today);
  return { state: next.state, outputs: [say(dialog.wording.changeNoted), ...note, ...next.outputs] };
}

function pickChange(dialog: Dialog, state: SessionState): StepResult {
  const answered = new Set(state.answers.map((a) => a.slot));
  const choices = askTurns(dialog)
    .filter((t) => answered.has(t.slot))
    .map((t) => ({ value: t.slot, label: t.prompt.length > 60 ? `${t.prompt.slice(0, 57)}...` : t.prompt }));
  const prompt: EngineOutput = { kind: 'prompt', slot: 'narrative', text: dialog.wording.changeWhat, choices };
  return { state: { ...state, pending: 'pick-change' }, outputs: [prompt] };
}

function resolvePending(dialog: Dialog, state: SessionState, input: UserInput, today: IsoDate): StepResult {
  const text = input.kind === 'choice' ? input.value : input.kind === 'text' ? input.text : '';
  const cleared = { ...state, pending: null };
  if (state.pending === 'confirm-restart') {
    const read = parseYesNo(text);
    const yes = read.ok && read.value === 'yes';
    const no = read.ok && read.value === 'no';
    if (yes) {
      const next = advance(dialog, initialState(dialog.id, dialog.version), today);
      return { state: next.state, outputs: [say(dialog.wording.restarted), ...next.outputs] };
    }
    if (no)
      return { state: cleared, outputs: [say(dialog.wording.restartCancelled), ...repeatQuestion(dialog, cleared)] };
    return confirmRestart(dialog, state);
  }
  const slot = askTurns(dialog).find(
    (t) => t.slot === text.trim() || t.prompt.toLowerCase() === text.trim().toLowerCase(),
  )?.slot;
  if (!slot) {
    // Neither a question nor a correction we can read: back to the open question rather than round again.
    if (Object.keys(extractFacts(text, { today })).length === 0)
      return { state: cleared, outputs: [say(dialog.wording.changeNotUnderstood), ...repeatQuestion(dialog, cleared)] };
    return applyChange(dialog, cleared, text, today);
  }
  const answers = state.answers.filter((a) => a.slot !== slot);
  const turn = askTurns(dialog).find((t) => t.slot === slot) as AskTurn;
  return {
    state: { ...cleared, answers, turnId: turn.id, ended: false },
    outputs: [promptFor(turn, turn.prompt, dialog)],
  };
}

/** Pure: carries out a command said at any turn (help, why, back, restart, talk to a person, change, delete). */
export function runCommand(
  dialog: Dialog,
  state: SessionState,
  command: Command | Pending,
  today: IsoDate,
): StepResult {
  const turn = askTurns(dialog).find((t) => t.id === state.turnId);
  switch (command.kind) {
    case 'pending':
      return resolvePending(dialog, state, command.input, today);
    case 'help':
      return { state, outputs: [say(turn?.help ?? dialog.wording.help), ...repeatQuestion(dialog, state)] };
    case 'why':
      return { state, outputs: [say(turn?.why ?? dialog.wording.why), ...repeatQuestion(dialog, state)] };
    case 'back':
      return goBack(dialog, state, today);
    case 'restart':
      return confirmRestart(dialog, state);
    case 'agent':
      return handOffNow(dialog, state, today);
    case 'delete-data':
      return {
        state: initialState(dialog.id, dialog.version),
        outputs: [{ kind: 'forget' }, { kind: 'end', text: dialog.wording.deleted }],
      };
    case 'change':
      return command.text.trim() ? applyChange(dialog, state, command.text, today) : pickChange(dialog, state);
    default: {
      const never: never = command;
      throw new Error(`unknown command ${JSON.stringify(never)}`);
    }
  }
}
