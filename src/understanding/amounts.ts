/** Never amounts: notice codes, dates, times, phone, SSN/EIN-shaped and long account-like numbers, ordinals. */
const MASKS: readonly RegExp[] = [
  /\b(?:cp|lt|letter|carta|form|formulario|notice|pub|publication|schedule)\s*#?\s*-?\s*\d+[a-z]?\b/gi,
  /\b\d+[a-z]?\s+(?:letter|notice|carta|aviso)\b/gi,
  /(?<![$\d])\b(?:1058|3172|3219|4549|5071c|4883c|5747c|5447c)\b/gi,
  /\b\d{1,4}[/-]\d{1,2}(?:[/-]\d{2,4})?\b/g,
  /\b\d{1,2}:\d{2}\b/g,
  /\+\d[\d\s().-]{7,}\d/g,
  /\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/g,
  /\b\d{3}[\s-]\d{2}[\s-]\d{4}\b/g,
  /\b\d{2}-\d{7}\b/g,
  /(?<![$\d,.])\b\d{9,}\b/g,
  /\b\d+(?:st|nd|rd|th)\b/gi,
];
const NUMBER =
  /(\$\s?)?(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s*(k|grand|thousand|mil|million|hundred)\b|(k)\b)?(\s*(?:dollars|bucks|usd|d[oó]lares))?/gi;
const MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1000,
  grand: 1000,
  thousand: 1000,
  mil: 1000,
  million: 1_000_000,
  hundred: 100,
};
const COUNT_UNIT =
  /^\s*(?:days?|weeks?|months?|years?|yrs?|kids?|children|times|hours?|hrs?|minutes?|mins?|%|percent|am|pm|people|jobs?|calls?|letters?|notices?|d[ií]as|semanas|meses|a[nñ]os|hijos|veces|or so days)\b|^%/i;
const NOT_MONEY_BEFORE =
  /\b(?:tax year|year|years|a[nñ]o|#|no\.|number|page|line|box|zip(?: ?code)?|c[oó]digo postal|suite|apt|unit)\s*$/i;
const MONEY_VERB =
  /\b(?:owe|owed|owes|owing|paid|pay|took|taken|take|garnished|levied|seized|balance|refund|debo|debe|deben|pagu[eé]|quitaron)\s+(?:me\s+|them\s+|about\s+|around\s+|over\s+)?$/i;
const STATE_BEFORE = /\b(?:[A-Z]{2}|zip|zipcode)\s*,?\s*$/;

/** Pure: the dollar amounts a text names ("$3,100", "2k", "11 grand", "71 thousand", "600"), in order; years, dates, notice and phone numbers are not amounts. */
export function findAmounts(text: string): number[] {
  const masked = MASKS.reduce((acc, mask) => acc.replace(mask, (m) => ' '.repeat(m.length)), text);
  const amounts: number[] = [];
  for (const m of masked.matchAll(NUMBER)) {
    const [whole, dollar, digits = '', decimals, word, letterK, currency] = m;
    const value = Number(`${digits.replace(/,/g, '')}${decimals ? `.${decimals}` : ''}`);
    const multiplier = MULTIPLIERS[(word ?? letterK ?? '').toLowerCase()] ?? 1;
    const marked = Boolean(dollar || currency || multiplier > 1 || digits.includes(','));
    const before = masked.slice(Math.max(0, m.index - 25), m.index);
    const after = masked.slice(m.index + whole.length, m.index + whole.length + 20);
    if (!marked && !isBareAmount(value, digits, before, after)) continue;
    if (!dollar && COUNT_UNIT.test(after)) continue;
    amounts.push(Math.round(value * multiplier * 100) / 100);
  }
  return amounts;
}

/** A number with no money mark counts when it is big enough and not a year, a ZIP or a count. */
function isBareAmount(value: number, digits: string, before: string, after: string): boolean {
  if (NOT_MONEY_BEFORE.test(before) || COUNT_UNIT.test(after)) return false;
  if (MONEY_VERB.test(before)) return true;
  if (digits.length === 4 && value >= 1950 && value <= 2039) return false;
  if (digits.length === 5 && STATE_BEFORE.test(before)) return false;
  return value >= 100;
}
