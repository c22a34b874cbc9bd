import type { DateSource, IsoDate, Notice } from '../facts/facts.js';
import { NEGATION } from './cues.js';
import type { TiedDate } from './dates.js';
import { assignNoticeDates, type Mention } from './notice-dates.js';
import { normalizeText } from './text-normalize.js';

export { detectAbroad } from './abroad.js';

/** Bare numbers that name a letter on their own ("the 1058 letter", "1058"). */
const BARE_LETTERS: Readonly<Record<string, string>> = {
  '1058': 'L1058',
  '3172': 'L3172',
  '3219': 'L3219',
  '5071c': 'L5071C',
  '4883c': 'L4883C',
  '5747c': 'L5747C',
  '5447c': 'L5447C',
  '4549': 'F4549',
};
/** CP numbers recognised without "CP" when the word "notice" or "letter" follows ("a 504 notice"). */
const BARE_CPS = new Set([
  '14',
  '90',
  '297',
  '297a',
  '297c',
  '501',
  '503',
  '504',
  '523',
  '2000',
  '3219a',
  '3219n',
  '5071',
]);

const CODE_PATTERNS: ReadonlyArray<[RegExp, (m: RegExpMatchArray) => string | undefined]> = [
  [/\bcp\s*-?\s*(\d{1,5})([a-z])?\b/gi, (m) => `CP${m[1]}${(m[2] ?? '').toUpperCase()}`],
  [/\blt\s*-?\s*(\d{1,4})\b/gi, (m) => `LT${m[1]}`],
  [/\b(?:letter|carta|ltr)\s*-?\s*(?:l\s*)?(\d{3,5})([a-z])?\b/gi, (m) => `L${m[1]}${(m[2] ?? '').toUpperCase()}`],
  [/\b(?:form|formulario)\s*-?\s*4549\b/gi, () => 'F4549'],
  [/\b(\d{3,5}c?)\b/gi, (m) => BARE_LETTERS[(m[1] ?? '').toLowerCase()]],
  [
    /\b(\d{2,5}[anc]?)\s+(?:notice|letter|notificaci[oó]n|aviso|carta)\b/gi,
    (m) => (BARE_CPS.has((m[1] ?? '').toLowerCase()) ? `CP${(m[1] ?? '').toUpperCase()}` : undefined),
  ],
  [/notice of federal tax lien filing/gi, () => 'L3172'],
  // Told by what it says: a letter about a lien is the lien-filing notice (Letter 3172), unless it is about a release.
  [
    /\b(?:letter|notice|carta|aviso|paper|papers)\b[^.;!?]{0,25}\b(?:lien|liens|lein|gravamen)\b(?![^.;!?]{0,25}\b(?:releas\w*|liberad\w*|paid off|removed)\b)|\b(?:lien|lein) (?:letter|notice)\b(?![^.;!?]{0,25}\b(?:releas\w*|paid off|removed)\b)/gi,
    () => 'L3172',
  ],
  [/\bnotices? of deficiency|\b90[\s-]*day letter|\bstatutory notice|aviso de deficiencia/gi, () => 'NOD'],
  [
    /\bfinal notice of intent to levy|\bfinal notice\b(?=.*\blevy)|aviso final de (?:intenci[oó]n de )?embargo|\b(?:letter|notice)\b[^.;!?]{0,30}\blevy\b[^.;!?]{0,40}\bhearing\b/gi,
    () => 'FINAL_LEVY',
  ],
  [/\bnotice of determination|notificaci[oó]n de determinaci[oó]n/gi, () => 'CDP_DETERMINATION'],
  // Told by what it says: Appeals letting a levy or lien go ahead after the hearing is the hearing's determination.
  [
    /\b(?:appeals?|hearing officer|settlement officer|appeals officer)\b[^.;!?]{0,80}\b(?:levy|lien)\b[^.;!?]{0,30}\b(?:can go ahead|go ahead|can proceed|proceed|sustained|upheld|stands)\b|\b(?:appeals?|hearing officer|settlement officer)\b[^.;!?]{0,30}\b(?:sustained|upheld) (?:the |my )?(?:levy|lien)\b/gi,
    () => 'CDP_DETERMINATION',
  ],
];
/**
 * A phrase stands in for a code only when no code of its kind was given. People call a CP504 "the final
 * notice" too: it says the IRS intends to levy, but it is a bill, with no hearing right.
 */
const SUPERSEDED_BY: Readonly<Record<string, readonly string[]>> = {
  NOD: ['CP3219A', 'L3219', 'CP3219N'],
  FINAL_LEVY: ['LT11', 'L1058', 'CP90', 'CP297', 'CP297A', 'CP297C', 'CP504', 'CP504B'],
};

/** Pure: the notices without a phrase ("final notice of intent to levy") that a code named elsewhere stands for. */
export function withoutSupersededPhrases<T extends { code: string }>(notices: readonly T[]): T[] {
  return notices.filter((n) => !(SUPERSEDED_BY[n.code] ?? []).some((code) => notices.some((o) => o.code === code)));
}

/** Pure: the IRS notices a text names, normalised ('LT11', 'L1058', 'CP504', 'NOD'...), each with its date if given. */
export function findNotices(text: string, today: IsoDate): Notice[] {
  const mentions = findMentions(text);
  const codes = [...new Set(mentions.map((m) => m.code))].filter(
    (code) => !(SUPERSEDED_BY[code] ?? []).some((other) => mentions.some((m) => m.code === other)),
  );
  const kept = mentions.filter((m) => codes.includes(m.code));
  const byCode = assignNoticeDates(text, today, kept);
  return codes.map((code) => toNotice(code, byCode.get(code) ?? []));
}

function findMentions(text: string): Mention[] {
  const found: Mention[] = [];
  for (const [pattern, toCode] of CODE_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const code = toCode(m);
      const index = m.index ?? 0;
      const end = index + m[0].length;
      if (!code || found.some((f) => f.index < end && index < f.end) || isDenied(text, index)) continue;
      found.push({ code, index, end });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** "no lien letter recently", "never got the LT11", "not the 1058": a notice named only to say it is not there. */
function isDenied(text: string, index: number): boolean {
  const clause =
    text
      .slice(Math.max(0, index - 40), index)
      .split(/[.;:!?,\n]/)
      .at(-1) ?? '';
  return NEGATION.test(normalizeText(clause).split(' ').slice(-3).join(' '));
}

function toNotice(code: string, dates: TiedDate[]): Notice {
  const date = dates.find((d) => d.tie === 'dated') ?? dates[0];
  if (!date) return { code, date: null, dateSource: 'unknown' };
  const source: DateSource = date.approximate ? 'approximate' : date.tie === 'received' ? 'received' : 'printed';
  return { code, date: date.date, dateSource: source };
}
