const SSN_CUE = /\b(ssn|ss#|ss no|social|soc sec|itin|seguro social|tin)\b/i;
const EIN_CUE = /\b(ein|employer id|employer identification|fein|tax id)\b/i;
const ACCOUNT_CUE = /\b(account|acct|acc|routing|aba|checking|savings|cuenta|ruta|banco|bank)\b/i;
const CARD = /\b\d(?:[ -]?\d){12,18}\b/g;
const SSN_FORMATTED = /\b\d{3}([- ])\d{2}\1\d{4}\b/g;
const EIN_FORMATTED = /\b\d{2}-\d{7}\b/g;
const NINE_DIGITS = /(?<![$\d])\b\d{9}\b/g;
const LONG_DIGITS = /(?<![$\d.,])\b\d(?:[ -]?\d){5,16}\b(?![.,]\d)/g;

/** Global twins of the cues, made once: nearestCue runs for every nine-digit or long number. */
const GLOBAL_CUES = new Map<RegExp, RegExp>(
  [SSN_CUE, EIN_CUE, ACCOUNT_CUE].map((cue) => [cue, new RegExp(cue.source, 'gi')] as const),
);

/** Pure: the text with SSNs, ITINs, EINs, bank account and card numbers replaced by [redacted ...]. */
export function redact(text: string): string {
  // Every pattern below needs a digit: most answers have none, and come back as they are.
  if (!/\d/.test(text)) return text;
  return text
    .replace(CARD, (m) => (passesLuhn(m) ? '[redacted card number]' : m))
    .replace(SSN_FORMATTED, '[redacted SSN]')
    .replace(EIN_FORMATTED, '[redacted EIN]')
    .replace(NINE_DIGITS, (m, index: number, whole: string) => {
      const cue = nearestCue(whole, index, m.length, [SSN_CUE, EIN_CUE, ACCOUNT_CUE]);
      return cue === 0 ? '[redacted SSN]' : cue === 1 ? '[redacted EIN]' : cue === 2 ? '[redacted account number]' : m;
    })
    .replace(LONG_DIGITS, (m, index: number, whole: string) =>
      nearestCue(whole, index, m.length, [ACCOUNT_CUE]) === 0 ? '[redacted account number]' : m,
    );
}

/** The index of the cue closest to the number (within a few words around it), or -1. */
function nearestCue(text: string, index: number, length: number, cues: readonly RegExp[]): number {
  const before = text.slice(Math.max(0, index - 30), index);
  const after = text.slice(index + length, index + length + 20);
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  cues.forEach((cue, i) => {
    const global = GLOBAL_CUES.get(cue) ?? new RegExp(cue.source, 'gi');
    for (const m of before.matchAll(global)) {
      const distance = before.length - m.index;
      if (distance < bestDistance) [best, bestDistance] = [i, distance];
    }
    const m = after.match(cue);
    if (m && (m.index ?? 0) < bestDistance) [best, bestDistance] = [i, m.index ?? 0];
  });
  return best;
}

function passesLuhn(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  if (digits.length < 13 || digits.length > 19) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}
