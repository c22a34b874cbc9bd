import type { AskTurn } from '../dialog/schema.js';
import type { Facts, SlotId } from '../facts/facts.js';
import { redact } from '../understanding/index.js';
import type { Answer } from './state.js';

const EXCERPT_MAX = 240;

/** Pure: a redacted, bounded excerpt of what a person typed, kept as evidence. */
export function excerpt(text: string): string {
  const clean = redact(text).replace(/\s+/g, ' ').trim();
  return clean.length > EXCERPT_MAX ? `${clean.slice(0, EXCERPT_MAX - 3)}...` : clean;
}

/** Pure: an answer to `turn` split into what its question owns and what it mentioned in passing. */
export function answerEntries(turn: AskTurn, facts: Facts, text: string): Answer[] {
  const owned: Record<string, unknown> = {};
  const incidental: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(facts)) {
    if ((turn.fills as string[]).includes(key)) owned[key] = value;
    else incidental[key] = value;
  }
  const base = { slot: turn.slot, text: excerpt(text) };
  // The owned entry is kept even when empty: it records that the question was answered ("not sure").
  const entries: Answer[] = [{ ...base, facts: owned as Facts, owned: true }];
  if (Object.keys(incidental).length > 0) entries.push({ ...base, facts: incidental as Facts, owned: false });
  return entries;
}

/** Pure: a correction ("actually the letter came last week"): every fact it states wins. */
export function correctionEntry(slot: SlotId, facts: Facts, text: string): Answer {
  return { slot, facts, text: excerpt(text), owned: true };
}
