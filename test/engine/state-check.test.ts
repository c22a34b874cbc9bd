import { describe, expect, it } from 'vitest';
import { conversations, oursAnswer } from '../../bench/lib/conversations.js';
import tasScreening from '../../dialogs/tas-screening.js';
import { loadDialog } from '../../src/dialog/load.js';
import { type SessionState, sessionStateSchema } from '../../src/engine/state.js';
import { factChecks, isExactSessionState } from '../../src/engine/state-check.js';
import { factsSchema } from '../../src/facts/facts.js';
import { Session } from '../helpers/transcript.js';

const dialog = loadDialog(tasScreening);

/** Every state, as stored (through JSON), of full screenings in people's own words. */
function storedStates(): SessionState[] {
  const states: SessionState[] = [];
  for (const script of conversations) {
    const session = new Session(dialog);
    let outputs = session.send({ kind: 'start' });
    let last: string | undefined;
    for (let turn = 0; turn < 40; turn++) {
      if (session.state) states.push(session.state);
      const prompt = outputs.findLast((o) => o.kind === 'prompt');
      if (prompt?.kind !== 'prompt') break;
      outputs = session.send({ kind: 'text', text: oursAnswer(script, prompt.slot, prompt.slot === last) });
      last = prompt.slot;
    }
  }
  return states;
}

/** The check must never accept what the schema would refuse or return differently. */
function expectAgreement(value: unknown): void {
  if (!isExactSessionState(value)) return;
  const parsed = sessionStateSchema.safeParse(value);
  expect(parsed.success).toBe(true);
  expect(parsed.data).toStrictEqual(value);
}

const clone = (state: SessionState): Record<string, unknown> => JSON.parse(JSON.stringify(state));

describe('isExactSessionState', () => {
  const states = storedStates();
  const rich = states.reduce((a, b) => (JSON.stringify(b).length > JSON.stringify(a).length ? b : a));

  it('checks every field of the facts schema, and no other', () => {
    expect(Object.keys(factChecks).sort()).toEqual(Object.keys(factsSchema.shape).sort());
  });

  it('accepts every stored state of full screenings, each exactly what the schema returns', () => {
    expect(states.length).toBeGreaterThan(100);
    for (const state of states) {
      expect(isExactSessionState(state)).toBe(true);
      expectAgreement(state);
    }
  });

  it('leaves extra keys to the schema, at any depth', () => {
    const top = { ...clone(rich), extra: 1 };
    const answer = clone(rich);
    (answer.answers as Record<string, unknown>[])[0]!.extra = 1; // a rich state has answers
    const facts = clone(rich);
    (facts.answers as { facts: Record<string, unknown> }[])[0]!.facts.extra = 1; // a rich state has answers
    for (const value of [top, answer, facts]) expect(isExactSessionState(value)).toBe(false);
  });

  it('refuses wrong types, missing fields and undefined values, as the schema does or leaving it to decide', () => {
    const variants: unknown[] = [null, [], 'state', 1, {}];
    const base = clone(rich);
    const bad = [undefined, null, 'x', -1, 1.5, Number.NaN, true, [], {}, ['x'], '2026-1-1', ''];
    for (const key of Object.keys(base)) {
      for (const value of bad) variants.push({ ...base, [key]: value });
      const { [key]: _dropped, ...rest } = base;
      variants.push(rest);
    }
    for (const answer of rich.answers) {
      for (const fact of Object.keys(factChecks)) {
        for (const value of bad) {
          const state = clone(rich);
          const target = (state.answers as SessionState['answers']).find((a) => a.text === answer.text);
          if (target) (target.facts as Record<string, unknown>)[fact] = value;
          variants.push(state);
        }
      }
    }
    for (const value of variants) expectAgreement(value);
  });
});
