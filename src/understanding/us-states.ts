/** US states, DC and territories: code and names (English and Spanish, accent-free, lower case). */
const STATES: ReadonlyArray<[string, string]> = [
  ['AL', 'alabama'],
  ['AK', 'alaska'],
  ['AZ', 'arizona'],
  ['AR', 'arkansas'],
  ['CA', 'california|calif'],
  ['CO', 'colorado'],
  ['CT', 'connecticut'],
  ['DE', 'delaware'],
  ['DC', 'district of columbia|washington dc|washington d c|washington, dc|washington, d c|distrito de columbia'],
  ['FL', 'florida'],
  ['GA', 'georgia'],
  ['HI', 'hawaii'],
  ['ID', 'idaho'],
  ['IL', 'illinois'],
  ['IN', 'indiana'],
  ['IA', 'iowa'],
  ['KS', 'kansas'],
  ['KY', 'kentucky'],
  ['LA', 'louisiana|luisiana'],
  ['ME', 'maine'],
  ['MD', 'maryland'],
  ['MA', 'massachusetts'],
  ['MI', 'michigan'],
  ['MN', 'minnesota'],
  ['MS', 'mississippi|misisipi'],
  ['MO', 'missouri|misuri'],
  ['MT', 'montana'],
  ['NE', 'nebraska'],
  ['NV', 'nevada'],
  ['NH', 'new hampshire|nuevo hampshire'],
  ['NJ', 'new jersey|nueva jersey'],
  ['NM', 'new mexico|nuevo mexico'],
  ['NY', 'new york|nueva york'],
  ['NC', 'north carolina|carolina del norte'],
  ['ND', 'north dakota|dakota del norte'],
  ['OH', 'ohio'],
  ['OK', 'oklahoma'],
  ['OR', 'oregon'],
  ['PA', 'pennsylvania|pensilvania'],
  ['RI', 'rhode island'],
  ['SC', 'south carolina|carolina del sur'],
  ['SD', 'south dakota|dakota del sur'],
  ['TN', 'tennessee'],
  ['TX', 'texas|tejas'],
  ['UT', 'utah'],
  ['VT', 'vermont'],
  ['VA', 'virginia'],
  ['WA', 'washington state|washington'],
  ['WV', 'west virginia|virginia occidental'],
  ['WI', 'wisconsin'],
  ['WY', 'wyoming'],
  ['PR', 'puerto rico'],
  ['GU', 'guam'],
  ['VI', 'us virgin islands|virgin islands|islas virgenes'],
  ['AS', 'american samoa|samoa americana'],
  ['MP', 'northern mariana islands|marianas del norte'],
];
/** Every state, DC and territory name the lexicon knows (English and Spanish), accent-free lower case. */
export const STATE_NAMES: readonly string[] = STATES.flatMap(([, names]) => names.split('|'));
const CODES = new Set(STATES.map(([code]) => code));
/** Codes that are also common words ("oh", "me", "in"): inside a sentence only after "City, ". */
const WORDLIKE = new Set([
  'OH',
  'ME',
  'IN',
  'OR',
  'OK',
  'HI',
  'AS',
  'DE',
  'LA',
  'PA',
  'AL',
  'MA',
  'CO',
  'ID',
  'MI',
  'GA',
]);
const NAME_PATTERN = new RegExp(
  `\\b(${STATES.flatMap(([, names]) => names.split('|'))
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b`,
  'g',
);
const LIVES = /\b(live|living|lives|reside|moved to|now in|vivo|vivimos|resido|me mude a|estoy en)\b[\w ,]{0,12}$/;
const PAST = /\b(from|vivia|used to live|born|moved from|lived|naci|de)\b[\w ,]{0,8}$/;

/** A US state found in a text: its code, where, and whether the text says the person lives there now. */
export type StateHit = { code: string; index: number; lives: boolean; past: boolean };

/** Pure: every US state, DC or territory a text names ("Ohio", "OH", "Tulsa, OK", "nueva york"), in order. */
export function findUsStates(text: string): StateHit[] {
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\./g, ' ');
  const lower = plain.toLowerCase();
  const hits: StateHit[] = [];
  const add = (code: string, index: number): void => {
    const before = lower.slice(Math.max(0, index - 30), index);
    hits.push({ code, index, lives: LIVES.test(before), past: PAST.test(before) });
  };
  for (const m of lower.matchAll(NAME_PATTERN)) {
    const code = STATES.find(([, names]) => names.split('|').includes(m[1] ?? ''))?.[0];
    if (code) add(code, m.index);
  }
  const alone = plain.trim().toUpperCase();
  if (hits.length === 0 && CODES.has(alone.replace(/\s/g, ''))) add(alone.replace(/\s/g, ''), 0);
  for (const m of plain.matchAll(/\b([A-Z]{2}|D C)\b/g)) {
    const code = (m[1] ?? '').replace(' ', '');
    if (!CODES.has(code) || hits.some((h) => Math.abs(h.index - m.index) < 3)) continue;
    if (WORDLIKE.has(code) && !/,\s*$/.test(plain.slice(0, m.index))) continue;
    add(code, m.index);
  }
  return hits.sort((a, b) => a.index - b.index);
}
