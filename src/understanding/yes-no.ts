import type { TriState } from '../facts/facts.js';
import { fail, ok, type Result } from '../result.js';
import { findPhrase, type PhraseLexicon, phraseAt, phraseLexicon, skipWords } from './phrases.js';
import { normalizeText } from './text-normalize.js';

const YES = phraseLexicon(
  'yes|y|yeah|yep|yup|yea|yeh|yah|ya|ye|yess|yes sir|yes maam|yas|yesh|yse|ys|yez|yeas|sure|for sure|sure thing|absolutely|definitely|' +
    'definately|definetly|definitly|of course|ofc|certainly|correct|true|indeed|totally|100%|affirmative|uh huh|mhm|mhmm|you bet|' +
    'that is right|thats right|thats correct|that is correct|i think so|i believe so|i guess so|i would say so|i suppose so|' +
    'pretty much|very much|big time|agreed|i agree|i consent|ok|okay|okey|k|go ahead|sounds good|please do|si|sii|claro|' +
    'claro que si|por supuesto|desde luego|exacto|exactamente|cierto|asi es|correcto|afirmativo|de acuerdo|vale|dale|creo que si|' +
    'pues si|la verdad si|bastante',
);
const NO = phraseLexicon(
  'no|nope|nop|nah|naw|noo|n|no way|not really|not yet|not at all|not exactly|not that i know of|not that i know|' +
    'not that im aware of|not as far as i know|i dont think so|dont think so|i do not think so|i dont believe so|' +
    'i wouldnt say that|i wouldnt say so|wouldnt say that|i would not say that|i guess not|i think not|i hope not|' +
    'probably not|definitely not|absolutely not|of course not|certainly not|not really no|no not really|never|nothing|none|' +
    'nothing yet|negative|todavia no|aun no|no todavia|no tanto|no mucho|para nada|claro que no|creo que no|no creo|nunca|nada|' +
    'ninguno|ninguna|tampoco|la verdad no|pues no',
);
const UNSURE = phraseLexicon(
  'kinda|kind of|sort of|sorta|kinda sorta|a little|a bit|a little bit|somewhat|maybe|mayb|perhaps|possibly|probably|might|' +
    'might be|could be|i guess|i think|sometimes|partly|partially|depends|it depends|hard to say|more or less|tal vez|talvez|' +
    'quizas|quiza|a veces|mas o menos|un poco|puede ser|depende',
);
/** Short answers whose verb carries the polarity; they only count in messages of a few words. */
const AUX_YES = phraseLexicon('i do|i did|i have|i am|we do|we did|we have|it does|it is|they did|they have|i will');
const AUX_NO = phraseLexicon(
  'i dont|i do not|i didnt|i did not|i havent|i have not|havent|didnt|i am not|im not|not|we havent|we didnt|they didnt|' +
    'they havent|it isnt|its not|it doesnt|i cant|no he|no tengo|no hemos|no lo he',
);
/** Cues strong enough to count anywhere in a short message, not only at its start. */
const ANYWHERE = phraseLexicon(
  'yes|yeah|yep|yup|definitely|absolutely|of course|not really|not yet|not at all|i dont think so|not that i know of|' +
    'i wouldnt say that|todavia no|aun no|para nada|claro que si|claro que no|no tanto',
);
const DONT_KNOW = phraseLexicon(
  'dont know|do not know|dunno|idk|no idea|not sure|not really sure|not too sure|not so sure|not 100% sure|not entirely sure|no estoy muy seguro|no estoy muy segura|unsure|no clue|not certain|no se|no lo se|ni idea|no estoy seguro|' +
    'no estoy segura|no tengo idea|no recuerdo|no me acuerdo|dont remember|do not remember|cant remember|cannot remember|' +
    'cant recall|dont recall|who knows|quien sabe|no sabemos|not a clue',
);
const FILLERS = new Set(
  'um umm uh uhh hmm hm well so oh ah eh honestly like tbh lol haha hey hi hello sir maam pues bueno este mmm ay well actually hmmm'.split(
    ' ',
  ),
);
const TURN_CUES = new Set(['actually', 'wait', 'mean', 'sorry']);
const CONJUNCTIONS = new Set(['and', 'but', 'or', 'y', 'pero', 'o', 'also']);
/** What may follow a bare "no" for it to be a yes-no particle in a longer message ("no money for rent" is not). */
const AFTER_NO = new Set(
  'i im ive id we they he she it its not never nothing none thanks thank sir maam sorry but just no yet that thats todavia aun gracias pero nunca nada tanto mucho creo lo the not one is was'.split(
    ' ',
  ),
);
const FUZZY_WORDS: ReadonlyArray<[string, TriState]> = [
  ['absolutely', 'yes'],
  ['definitely', 'yes'],
  ['certainly', 'yes'],
  ['yeah', 'yes'],
  ['sure', 'yes'],
  ['claro', 'yes'],
  ['nope', 'no'],
  ['maybe', 'unsure'],
];
const SHORT = 5;

type Cue = { polarity: TriState; end: number };

/** Pure: true when the text says the person does not know ("idk", "not sure", "no sé", "I dont know the date"). */
export function isDontKnow(text: string): boolean {
  const words = normalizeText(text).split(' ');
  const at = dontKnowAt(words);
  return at !== -1 && (words.length <= 12 || at <= skipWords(words, 0, FILLERS) + 3);
}

/** "so no", "so yes, ...", "entonces no": an answer that concludes a reason, followed by a pause or the end. */
const CONCLUSION =
  /\b(?:so|then|thus|therefore|entonces|asi que|por eso|por lo tanto)\s*,?\s*(no|nope|nah|not yet|not really|todavia no|yes|yeah|yep|yup|si)\b(?=\s*(?:[,.;:!?)-]|$))/g;
const CONCLUDES_YES = new Set(['yes', 'yeah', 'yep', 'yup', 'si']);

/** Pure: the yes or no a text concludes with after giving its reason ("the page said 9 weeks, so no, not yet"). */
export function findConclusion(text: string): TriState | undefined {
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '');
  const last = [...plain.matchAll(CONCLUSION)].at(-1)?.[1];
  if (last === undefined) return undefined;
  return CONCLUDES_YES.has(last) ? 'yes' : 'no';
}

/** Pure: a yes, no or unsure answer, in English or Spanish; 'unclear' when it says neither or both. */
export function parseYesNo(text: string): Result<TriState, 'unclear'> {
  const normalized = normalizeText(text);
  if (normalized === '') return fail('unclear');
  const words = normalized.split(' ');
  const start = skipWords(words, 0, FILLERS);
  const dontKnow = dontKnowAt(words);
  if (dontKnow !== -1 && dontKnow <= start + 3) return ok('unsure');
  const lead = cueAt(words, start, text);
  if (!lead) {
    const conclusion = findConclusion(text);
    return conclusion ? ok(conclusion) : scanAnywhere(words);
  }
  const resolved = resolveLead(lead, words);
  return resolved === 'unclear' ? fail('unclear') : ok(resolved ?? lead.polarity);
}

/** The first "dont know" cue that is not "dont know what to do" (a plea, not an answer), or -1. */
function dontKnowAt(words: string[]): number {
  for (let i = findPhrase(DONT_KNOW, words); i !== -1; i = findPhrase(DONT_KNOW, words, i + 1)) {
    const end = phraseAt(DONT_KNOW, words, i) ?? i + 1;
    const next = `${words.slice(end, end + 2).join(' ')} `;
    if (!/^(what to|how to|where to|who to|que hacer|what else|puede|pueden|ha |han |hizo)/.test(next)) return i;
  }
  return -1;
}

/** What follows the leading cue may turn it: "yes and no" is unclear, "no wait yes" is yes, "yeah kind of" is unsure. */
function resolveLead(lead: Cue, words: string[]): TriState | 'unclear' | undefined {
  const next = cueAt(words, skipWords(words, lead.end, FILLERS), '');
  if (next?.polarity === 'unsure') return 'unsure';
  for (let i = lead.end; i < words.length; i += 1) {
    const word = words[i] ?? '';
    if (!CONJUNCTIONS.has(word) && !TURN_CUES.has(word)) continue;
    const after = cueAt(words, skipWords(words, i + 1, FILLERS), '');
    if (!after || after.polarity === lead.polarity) continue;
    if (TURN_CUES.has(word)) return after.polarity;
    return after.polarity === 'unsure' ? 'unsure' : 'unclear';
  }
  return undefined;
}

/** The cue starting at word `i`, longest phrase first; `raw` (when given) helps tell a particle "no" from a negated verb. */
function cueAt(words: string[], i: number, raw: string): Cue | undefined {
  const short = words.length <= SHORT;
  let best: Cue | undefined;
  const consider = (lexicon: PhraseLexicon, polarity: TriState, allowed: boolean): void => {
    const end = allowed ? phraseAt(lexicon, words, i) : undefined;
    if (end !== undefined && (!best || end > best.end)) best = { polarity, end };
  };
  consider(UNSURE, 'unsure', true);
  consider(DONT_KNOW, 'unsure', true);
  consider(YES, 'yes', true);
  consider(NO, 'no', true);
  consider(AUX_YES, 'yes', short);
  consider(AUX_NO, 'no', short);
  if (best?.polarity === 'no' && best.end === i + 1 && words[i] === 'no' && !isParticleNo(words, i, raw))
    return undefined;
  const word = words[i] ?? '';
  const loneYes = best?.polarity === 'yes' && best.end === i + 1;
  // "ok" and "si" open long sentences without answering; "y" is Spanish "and" unless it is the whole message.
  // An accented "sí", or "si" set apart by a comma, is the answer: "Sí, mis hijos viven conmigo".
  const answeringSi = word === 'si' && /^\W*(s[ií]\s*[,.!;:]|sí\b)/i.test(raw.trim());
  if (loneYes && ((/^(ok|okay|okey|k|si)$/.test(word) && !short && !answeringSi) || (word === 'y' && words.length > 1)))
    return undefined;
  return best ?? (words.length <= 3 ? fuzzyCue(words, i) : undefined);
}

function isParticleNo(words: string[], i: number, raw: string): boolean {
  if (words.length <= 3 || i + 1 >= words.length) return true;
  if (raw !== '' && /^\W*no\s*[,.!;:-]/i.test(raw.trim())) return true;
  return AFTER_NO.has(words[i + 1] ?? '');
}

function fuzzyCue(words: string[], i: number): Cue | undefined {
  const word = words[i] ?? '';
  if (word.length < 4) return undefined;
  const hit = FUZZY_WORDS.find(([target]) => isOneEditAway(word, target));
  return hit ? { polarity: hit[1], end: i + 1 } : undefined;
}

/** Damerau distance at most 1 (one insertion, deletion, substitution or swap of neighbours). */
function isOneEditAway(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  if (i === a.length && i === b.length) return true;
  const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  return swapped || a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

/** No leading cue: a short message may still say it ("they did yes"); a long one only at its very end ("..., so yes"). */
function scanAnywhere(words: string[]): Result<TriState, 'unclear'> {
  const found = new Set<TriState>();
  for (let i = 0; i < words.length; i += 1) {
    const end = phraseAt(ANYWHERE, words, i);
    if (end === undefined) continue;
    const cue = cueAt(words, i, '');
    if (!cue) continue;
    if (words.length <= 8 || end === words.length) found.add(cue.polarity);
    i = end - 1;
  }
  const [only] = [...found];
  return found.size === 1 && only ? ok(only) : fail('unclear');
}
