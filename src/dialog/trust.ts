import { DialogError } from '../errors.js';
import { conditions } from '../rules/conditions.js';
import type { Dialog, DialogInput } from './schema.js';

/** Pure: the problems that make a parsed dialog unusable (unknown rules, duplicate ids, a missing start or end). */
export function findDialogProblems(dialog: Dialog): string[] {
  const problems: string[] = [];
  const ids = dialog.turns.map((t) => t.id);
  for (const id of new Set(ids))
    if (ids.filter((x) => x === id).length > 1) problems.push(`turn id "${id}" is used twice`);
  if (dialog.turns[0]?.id !== dialog.start) problems.push(`start "${dialog.start}" must be the first turn`);
  for (const turn of dialog.turns) {
    if (turn.kind !== 'outcome' && turn.when !== undefined && !(turn.when in conditions)) {
      problems.push(`turn "${turn.id}" names unknown rule "${turn.when}"`);
    }
  }
  const slots = dialog.turns.flatMap((t) => (t.kind === 'ask' ? [t.slot] : []));
  for (const slot of new Set(slots))
    if (slots.filter((x) => x === slot).length > 1) problems.push(`slot "${slot}" is asked by two turns`);
  const last = dialog.turns.at(-1);
  if (last?.kind !== 'end' || last.when !== undefined) problems.push('the last turn must be an unconditional end');
  if (!dialog.turns.some((t) => t.kind === 'outcome')) problems.push('the dialog has no outcome turn');
  return problems;
}

/**
 * A dialog from a typed module of ours, whose schema check a test proves (test/dialogs/validity.test.ts: it
 * equals what `loadDialog` returns): fills in the schema's one default instead of parsing the whole dialog again
 * at every start, then checks rule names and shape; throws DialogError listing every problem.
 */
export function trustDialog(input: DialogInput): Dialog {
  const turns = input.turns.map((turn) => (turn.kind === 'ask' ? { ...turn, dependsOn: turn.dependsOn ?? [] } : turn));
  return checkShape({ ...input, turns });
}

/** Returns the dialog when its rule names and shape are sound; throws DialogError listing every problem. */
export function checkShape(dialog: Dialog): Dialog {
  const problems = findDialogProblems(dialog);
  if (problems.length > 0) throw new DialogError(`invalid dialog "${dialog.id}": ${problems.join('; ')}`);
  return dialog;
}
