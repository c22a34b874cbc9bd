import type { UserInput } from './api.js';

/**
 * The most of one message the core reads. A screening answer is a few sentences; understanding's cost
 * grows faster than the text (runs of digits and dashes are the worst), so a pasted essay or a flood of
 * bytes is cut here, before anything reads it.
 */
export const MAX_TEXT_CHARS = 2_000;
/** Button values are short ids; anything longer is not one of ours. */
export const MAX_CHOICE_CHARS = 200;

// Control characters other than tab and line breaks, and UTF-16 halves without their other half.
const CONTROL = /[^\P{Cc}\t\n\r]/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Pure: text made safe to read and store: no control characters or broken UTF-16, at most `max` characters. */
export function sanitizeText(text: string, max: number): string {
  const cut = text.length > max ? text.slice(0, max) : text;
  return cut.replace(CONTROL, ' ').replace(LONE_SURROGATE, '\uFFFD');
}

/** Pure: the input with its text or value sanitized and capped; a start is returned as is. */
export function limitInput(input: UserInput): UserInput {
  if (input.kind === 'text') return { kind: 'text', text: sanitizeText(input.text, MAX_TEXT_CHARS) };
  if (input.kind === 'choice') return { kind: 'choice', value: sanitizeText(input.value, MAX_CHOICE_CHARS) };
  return input;
}
