import tasScreening from '../dialogs/tas-screening.js';
import type { Dialog } from './dialog/schema.js';
import { trustDialog } from './dialog/trust.js';

/**
 * The TAS screening dialog. Its schema check runs in the tests, which prove it passes; start-up checks its rule
 * names and shape and throws DialogError if the dialog file is broken.
 */
export function loadScreeningDialog(): Dialog {
  return trustDialog(tasScreening);
}
