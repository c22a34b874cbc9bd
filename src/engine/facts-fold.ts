import type { Evidence, Facts, Notice } from '../facts/facts.js';
import type { Answer } from './state.js';

const ARRAY_FACTS = new Set(['irsActions', 'hardshipKinds', 'publicPolicy', 'taxYears']);
const RANK = { printed: 3, received: 2, approximate: 1, unknown: 0 } as const;

function mergeNotices(current: readonly Notice[], incoming: readonly Notice[]): Notice[] {
  const byCode = new Map(current.map((n) => [n.code, n]));
  for (const notice of incoming) {
    const known = byCode.get(notice.code);
    if (!known || RANK[notice.dateSource] >= RANK[known.dateSource]) byCode.set(notice.code, notice);
  }
  return [...byCode.values()];
}

function merge(target: Facts, source: Facts): Facts {
  const out: Record<string, unknown> = { ...target };
  for (const [key, value] of Object.entries(source)) {
    if (value === undefined) continue;
    if (key === 'notices') out.notices = mergeNotices(target.notices ?? [], value as Notice[]);
    else if (ARRAY_FACTS.has(key))
      out[key] = [...new Set([...((out[key] as unknown[]) ?? []), ...(value as unknown[])])];
    else out[key] = value;
  }
  return out as Facts;
}

/**
 * Pure: the facts the answers state. Incidental mentions are folded first, then direct answers in order,
 * so that what a person said in answer to a question wins over what they mentioned in passing.
 * Lists (IRS actions, hardship kinds) add up: a short answer does not erase what the story said.
 */
export function foldFacts(answers: readonly Answer[]): Facts {
  let facts: Facts = {};
  for (const a of answers) if (!a.owned) facts = merge(facts, a.facts);
  for (const a of answers) {
    if (!a.owned) continue;
    facts = merge(facts, a.facts);
  }
  return facts;
}

/** Pure: one evidence entry per fact per answer, with the answer's redacted excerpt. */
export function collectEvidence(answers: readonly Answer[]): Evidence[] {
  return answers.flatMap((a) => Object.keys(a.facts).map((fact) => ({ fact, slot: a.slot, text: a.text })));
}
