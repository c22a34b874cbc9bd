const RECENT_MAX = 64;
// One answer is normalised many times over (each reader, each clause): the last few results are kept.
const recent = new Map<string, string>();

/** Pure: lower-cased, accent-free, apostrophe-free words separated by single spaces ("No sé!" -> "no se"). */
export function normalizeText(text: string): string {
  const known = recent.get(text);
  if (known !== undefined) return known;
  const normalized = normalize(text);
  if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value as string);
  recent.set(text, normalized);
  return normalized;
}

function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9%]+/g, ' ')
    .replace(/([a-z])\1{2,}/g, '$1')
    .trim()
    .replace(/\s+/g, ' ');
}

/** Pure: true when `phrase` (already normalised) occurs in `normalized` on word boundaries. */
export function hasPhrase(normalized: string, phrase: string): boolean {
  return ` ${normalized} `.includes(` ${phrase} `);
}

/** Pure: the number of words in a text. */
export function countWords(text: string): number {
  const normalized = normalizeText(text);
  return normalized === '' ? 0 : normalized.split(' ').length;
}
