import { DialogError } from '../errors.js';
import { type Dialog, dialogSchema } from './schema.js';
import { checkShape } from './trust.js';

// Kept apart from the schema so that a trusted dialog loads without zod.
export { findDialogProblems, trustDialog } from './trust.js';

/** Validates a dialog (schema, then rule names and shape); throws DialogError listing every problem. */
export function loadDialog(input: unknown): Dialog {
  const parsed = dialogSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new DialogError(`invalid dialog: ${issues.join('; ')}`);
  }
  return checkShape(parsed.data);
}
