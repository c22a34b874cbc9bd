import { hasAffirmed, splitClauses } from './cues.js';
import { normalizeText } from './text-normalize.js';
import { STATE_NAMES } from './us-states.js';

const STATE_NAME = STATE_NAMES.join('|');
/**
 * A state (not federal) tax agency, however people name it: "Arizona Department of Revenue", "the state tax people",
 * "franchise tax board", "the state is garnishing", "ohio tax dept". Matches normalised text.
 */
export const STATE_AGENCY = new RegExp(
  '\\b(state (tax|taxes|income tax|tax return|tax board|revenue|taxing authority|comptroller)|' +
    '(state|states) (tax |revenue )?(people|folks|guys|agency|office|department|dept)|franchise tax board|ftb|' +
    'departments? of (revenue|taxation)|dept of (revenue|taxation)|revenue (department|dept|agency)|comptroller|' +
    'board of equalization|taxation and finance|impuestos estatales|departamento de (hacienda|rentas|impuestos) del estado|' +
    `(${STATE_NAME}) (tax|taxes|revenue|taxation|dor|dept of revenue|department of revenue|tax (people|folks|guys|agency|office|department|dept|board|collectors?))|` +
    'the state (is|are|has|have|just|already|also)? ?(garnish\\w*|levy|levied|levying|took|taking|takes|take|froze|freez\\w*|seiz\\w*|sent|says|said|wants|claims|kept|keeps))\\b',
);
/** The federal side: the IRS, Treasury, "the feds". */
const FEDERAL = /\b(irs|i r s|internal revenue|federal|feds|treasury|uncle sam|el irs)\b/;
/** "the State Department" certifies passports: federal, not a state tax agency. */
const STATE_DEPARTMENT = /\bstate (department|dept)\b(?! of (revenue|taxation))/g;

/** Pure: true when the text names a state tax agency as a party (not the State Department). */
export function namesStateAgency(text: string): boolean {
  return STATE_AGENCY.test(normalizeText(text).replace(STATE_DEPARTMENT, ' '));
}

/** Pure: true when the text names the IRS or another federal actor, not only to deny it ("not the irs", "never called the irs"). */
export function namesFederalActor(text: string): boolean {
  return hasAffirmed(splitClauses(text), FEDERAL, 3);
}

/** Pure: true when the only tax agency the text puts at work is a state's ("the Ohio tax dept froze my account"). */
export function isStateActorOnly(text: string): boolean {
  return namesStateAgency(text) && !namesFederalActor(text);
}

/** Pure: true when some sentence puts only a state agency at work ("Separately the Ohio tax dept sent me a bill."). */
export function hasStateSentence(text: string): boolean {
  return sentencesOf(text).some(isStateActorOnly);
}

/** Pure: the text without its sentences that put only a state agency at work (what is left is about the IRS). */
export function withoutStateSentences(text: string): string {
  return sentencesOf(text)
    .filter((sentence) => !isStateActorOnly(sentence))
    .join(' ');
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?;\n])\s+/);
}
