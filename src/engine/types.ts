import type { Choice, UserInput } from '../api.js';
import type { Evidence, Facts, IsoDate, SlotId } from '../facts/facts.js';
import type { Outcome } from '../rules/outcome.js';
import type { SessionState } from './state.js';

/** What the engine asks its caller to do; `handoff` and `forget` are effects the caller carries out. */
export type EngineOutput =
  | { kind: 'say'; text: string }
  | { kind: 'prompt'; slot: SlotId; text: string; choices: Choice[] }
  | { kind: 'outcome'; outcome: Outcome; text: string; sections: { key: string; title: string; lines: string[] }[] }
  | {
      kind: 'handoff';
      reason: 'screening-complete' | 'asked-for-person' | 'could-not-understand';
      outcome: Outcome | null;
      facts: Facts;
      evidence: Evidence[];
      text: string;
    }
  | { kind: 'forget' }
  | { kind: 'end'; text: string };

/**
 * The conversation's date, or a pure function giving it, called only when a turn needs the date: a greeting does
 * not, and working it out costs a time-zone formatter, the dearest thing in a process's first turn.
 */
export type Today = IsoDate | (() => IsoDate);

/** Pure: the date a `Today` stands for. */
export function dateOf(today: Today): IsoDate {
  return typeof today === 'function' ? today() : today;
}

/** One step's input: what the person did, and the conversation's date. */
export type StepInput = { input: UserInput; today: IsoDate };

/** One step's result. */
export type StepResult = { state: SessionState; outputs: EngineOutput[] };
