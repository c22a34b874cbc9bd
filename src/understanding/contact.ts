import { fail, ok, type Result } from '../result.js';
import { findAbroad } from './abroad.js';
import { findUsStates } from './us-states.js';

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/i;
const SPOKEN_EMAIL = /\b([a-z0-9._%+-]+)\s+(?:at|arroba)\s+([a-z0-9-]+)\s+(?:dot|punto)\s+([a-z]{2,})\b/i;
const US_PHONE = /(?<![\d+])(?:\+?1[\s.-]*)?\(?\b(\d{3})\)?[\s.-]*(\d{3})[\s.-]*(\d{4})\b(?!\d)/;
const INTERNATIONAL = /\+\s*(\d[\d\s().-]{6,}\d)/;
const NAME_CUE =
  /^(?:hi|hello|hey|hola|ok|okay|sure|yes|si)?[\s,!.]*(?:my name is|my name['’]?s|name is|name['’]?s|i am|i['’]?m|it is|it['’]?s|this is|call me|me llamo|mi nombre es|soy)\s+/i;
const NAME_WORD = /^[\p{L}][\p{L}'’.-]*$/u;
const NOT_NAMES = new Set(
  'yes no yeah nope idk help why back restart agent human none nothing sure ok okay not prefer rather skip n/a na anonymous unknown dont do i my the a and or is it to of in on si no nada'.split(
    ' ',
  ),
);

/** Pure: the email address in a text ("rosalind@example.com", "ana at gmail dot com"), lower-cased. */
export function parseEmail(text: string): Result<string, 'unclear'> {
  const found = EMAIL.exec(text)?.[0];
  if (found) return ok(found.toLowerCase().replace(/\.$/, ''));
  const spoken = SPOKEN_EMAIL.exec(text);
  return spoken ? ok(`${spoken[1]}@${spoken[2]}.${spoken[3]}`.toLowerCase()) : fail('unclear');
}

/** Pure: a US phone number in any format as "(614) 555-0142"; an international one ("+52 ...") as "+" and its digits. */
export function parsePhone(text: string): Result<string, 'unclear'> {
  const international = INTERNATIONAL.exec(text);
  if (international) {
    const digits = (international[1] ?? '').replace(/\D/g, '');
    if (digits.length === 11 && digits.startsWith('1')) return ok(formatUs(digits.slice(1)));
    if (digits.length >= 8 && digits.length <= 15) return ok(`+${digits}`);
  }
  const us = US_PHONE.exec(text);
  return us ? ok(formatUs(`${us[1]}${us[2]}${us[3]}`)) : fail('unclear');
}

function formatUs(digits: string): string {
  return `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`;
}

/** Pure: the two-letter US state, 'DC', 'PR' or territory a text names; 'abroad:<Country>' when the person lives abroad. */
export function parseState(text: string): Result<string, 'unclear'> {
  const abroad = findAbroad(text);
  const states = findUsStates(text);
  const current = states.find((s) => s.lives) ?? states.find((s) => !s.past) ?? states[0];
  if (abroad && (abroad.lives || !current?.lives)) {
    return ok(`abroad:${abroad.country === 'abroad' ? 'unspecified' : abroad.country}`);
  }
  return current ? ok(current.code) : fail('unclear');
}

/** Pure: the person's name ("my name is Rosalind Fairweather", "Darnell Price", "its keisha" -> "Keisha"). */
export function parseName(text: string): Result<string, 'unclear'> {
  const trimmed = text.trim().replace(/[.!?]+$/, '');
  const cue = NAME_CUE.exec(trimmed);
  const rest = (cue ? trimmed.slice(cue[0].length) : trimmed)
    .replace(/[,;].*$/, '')
    .replace(/\s+(?:and|y|thanks|thank you|gracias|here)\b.*$/i, '')
    .trim();
  const words = rest.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 4) return fail('unclear');
  if (!words.every((w) => NAME_WORD.test(w)) || words.some((w) => NOT_NAMES.has(w.toLowerCase()))) {
    return fail('unclear');
  }
  const sameCase = rest === rest.toLowerCase() || rest === rest.toUpperCase();
  return ok(sameCase ? words.map(capitalise).join(' ') : words.join(' '));
}

function capitalise(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, letter: string) => `${sep}${letter.toUpperCase()}`);
}
