import type { DialogInput } from './schema.js';

/** Identity, for type-checked dialog files: `export default defineDialog({...})`. */
export function defineDialog(dialog: DialogInput): DialogInput {
  return dialog;
}
