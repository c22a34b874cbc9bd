import type { Evidence, Facts, Notice } from '../facts/facts.js';
import { withoutSupersededPhrases } from '../understanding/notices.js';
import type { Answer } from './state.js';
import { attributeStateTakings } from './state-takings.js';

const ARRAY_FACTS = new Set(['irsActions', 'hardshipKinds', 'publicPolicy', 'taxYears']);
const RANK = { printed: 3, received: 2, approximate: 1, unknown: 0 } as const;

function mergeNotices(current: readonly Notice[], incoming: readonly Notice[]): Notice[] {
  const byCode = new Map(current.map((n) => [n.code, n]));
  for (const notice of incoming) {
    const known = byCode.get(notice.code);
    if (!known || RANK[notice.dateSource] >= RANK[known.dateSource]) byCode.set(notice.code, notice);
  }
  // "the final notice" in the story and "CP504" in the notice answer are one letter: the code wins.
  return withoutSupersededPhrases([...byCode.values()]);
}

/** Folds `source` into `out` (owned by the fold): new keys go last, a known key keeps its place, as with a spread. */
function mergeInto(out: Record<string, unknown>, source: Facts): void {
  for (const [key, value] of Object.entries(source)) {
    if (value === undefined) continue;
    if (key === 'notices') out.notices = mergeNotices((out.notices as Notice[] | undefined) ?? [], value as Notice[]);
    else if (ARRAY_FACTS.has(key))
      out[key] = [...new Set([...((out[key] as unknown[]) ?? []), ...(value as unknown[])])];
    else out[key] = value;
  }
}

/**
 * Pure: the facts the answers state. Incidental mentions are folded first, then direct answers in order,
 * so that what a person said in answer to a question wins over what they mentioned in passing.
 * Lists (IRS actions, hardship kinds) add up: a short answer does not erase what the story said.
 */
export function foldFacts(answers: readonly Answer[]): Facts {
  // One object for the whole fold, not a copy per answer: a fold runs several times per turn.
  const facts: Record<string, unknown> = {};
  for (const a of answers) if (!a.owned) mergeInto(facts, a.facts);
  for (const a of answers) if (a.owned) mergeInto(facts, a.facts);
  return attributeStateTakings(facts as Facts, answers);
}

/** Pure: one evidence entry per fact per answer, with the answer's redacted excerpt. */
export function collectEvidence(answers: readonly Answer[]): Evidence[] {
  return answers.flatMap((a) => Object.keys(a.facts).map((fact) => ({ fact, slot: a.slot, text: a.text })));
}
