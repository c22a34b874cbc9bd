import { normalizeText } from './text-normalize.js';

/** Words that deny what follows them within a few words ("havent called", "nothing taken"). */
export const NEGATION =
  /\b(no|not|never|nothing|nothings|none|nobody|nobodys|noone|neither|nor|without|havent|hasnt|hadnt|didnt|dont|doesnt|isnt|arent|wasnt|werent|wont|aint|nunca|nada|ningun|ninguna|tampoco)\b/;

/** Words that make what follows hypothetical or still to come ("if they levy", "going to garnish"). */
export const CONDITIONAL =
  /\b(if|when|whenever|before|unless|once|going to|gonna|will|would|could|might|intend|intends|intent|threaten|threatens|threatening|threatened|about to|plan to|plans to|planning to|want to|wants to|trying to|try to|can go ahead|coming|theyll|itll|scared|afraid|worried|si me|si nos|si (le |les |lo |la |te )?(quitan|embargan|toman|congelan|sacan|cobran|van a))\b/;

/** Cues that the whole clause is hypothetical, wherever they sit ("the levy on my wages thats coming", "any levy and"). */
export const HYPOTHETICAL =
  /\b(any (levy|levies|garnishment)|if|whenever|before|unless|going to|gonna|will|would|could|might|intend|intends|intent|threaten\w*|about to|plan to|planning to|want to|wants to|can go ahead|coming|theyll|itll|scared|afraid|worried|si me|si nos|si (le |les |lo |la |te )?(quitan|embargan|toman|congelan|sacan|cobran|van a))\b/;

/**
 * Pure: the text as normalised clauses. Sentences split on punctuation, then on "but"/"pero" and on
 * commas, so a negation in one clause does not reach into the next ("no, they took my check").
 */
export function splitClauses(text: string): string[] {
  return text
    .split(/[!?;\n]+|\.(?!\d)|,(?!\d)|\bbut\b|\bpero\b|\bthough\b|\bhowever\b/i)
    .map(normalizeText)
    .filter((c) => c !== '');
}

/** Pure: the text normalised as one string (lower case, no punctuation or apostrophes). */
export function normalizeAll(text: string): string {
  return normalizeText(text);
}

/** Pure: the last `count` words of a normalised string before `index`. */
export function wordsBefore(clause: string, index: number, count: number): string {
  // What split(' ').slice(-count).join(' ') gives, without the arrays: the text after the count-th last space.
  const before = clause.slice(0, index).trim();
  if (count <= 0) return before.split(' ').slice(-count).join(' ');
  let space = before.length;
  for (let n = 0; n < count; n += 1) {
    space = space === 0 ? -1 : before.lastIndexOf(' ', space - 1);
    if (space === -1) return before;
  }
  return before.slice(space + 1);
}

/** Pure: true when a match of `re` at `index` is preceded, within `window` words, by a word matching `guard`. */
export function isGuarded(clause: string, index: number, guard: RegExp, window = 4): boolean {
  return guard.test(wordsBefore(clause, index, window));
}

// Compiling a regex costs more than running it on a clause: each pattern's global twin is made once.
// matchesIn runs a twin from lastIndex 0 to the end and leaves it at 0, with no callback in between.
const globalTwins = new WeakMap<RegExp, RegExp>();

/** Pure: every match of `re` (global or not) in a normalised clause, with its index: what `matchAll` gives. */
export function matchesIn(clause: string, re: RegExp): RegExpExecArray[] {
  let global = globalTwins.get(re);
  if (!global) {
    global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    globalTwins.set(re, global);
  }
  // An exec loop rather than [...matchAll]: no copy of the regex, no iterator, for every clause and pattern.
  const found: RegExpExecArray[] = [];
  global.lastIndex = 0;
  for (let m = global.exec(clause); m !== null; m = global.exec(clause)) {
    found.push(m);
    if (m[0] === '') global.lastIndex = advance(clause, global.lastIndex, global.unicode || global.flags.includes('v'));
  }
  return found;
}

/** Past an empty match, as matchAll steps: one code unit, or one code point in unicode mode. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode) return index + 1;
  const code = text.codePointAt(index);
  return index + (code !== undefined && code > 0xffff ? 2 : 1);
}

/** Pure: true when some clause has a match of `re` that no negation word precedes within `window` words. */
export function hasAffirmed(clauses: readonly string[], re: RegExp, window = 4): boolean {
  return clauses.some((c) => matchesIn(c, re).some((m) => !isGuarded(c, m.index, NEGATION, window)));
}

/** Pure: true when some clause has a match of `re` that is not negated, in a clause that is not hypothetical. */
export function hasActual(clauses: readonly string[], re: RegExp, window = 4): boolean {
  return clauses.some(
    (c) => !HYPOTHETICAL.test(c) && matchesIn(c, re).some((m) => !isGuarded(c, m.index, NEGATION, window)),
  );
}

/** Pure: true when some clause matches `re` at all (negated or not). */
export function hasAny(clauses: readonly string[], re: RegExp): boolean {
  return clauses.some((c) => re.test(c));
}
