import { expect } from 'vitest';
import type { UserInput } from '../../src/api.js';
import type { Dialog } from '../../src/dialog/schema.js';
import type { SessionState } from '../../src/engine/state.js';
import { step } from '../../src/engine/step.js';
import type { EngineOutput } from '../../src/engine/types.js';
import type { SlotId } from '../../src/facts/facts.js';
import type { Outcome } from '../../src/rules/outcome.js';

export const TODAY = '2026-11-25';

/** One line of an expected conversation. Bot lines must appear, in order, among the outputs of the turn. */
export type Line =
  | ['user', string]
  | ['choice', string]
  | ['prompt', SlotId]
  | ['say', string | RegExp]
  | ['outcome', Partial<Outcome>]
  | ['handoff', { reason: string }]
  | ['forget']
  | ['end'];

function matches(output: EngineOutput, line: Line): boolean {
  switch (line[0]) {
    case 'prompt':
      return output.kind === 'prompt' && output.slot === line[1];
    case 'say': {
      const pattern = line[1];
      return (
        output.kind === 'say' &&
        (typeof pattern === 'string' ? output.text.includes(pattern) : pattern.test(output.text))
      );
    }
    case 'outcome':
      return (
        output.kind === 'outcome' &&
        Object.entries(line[1]).every(
          ([k, v]) => JSON.stringify(output.outcome[k as keyof Outcome]) === JSON.stringify(v),
        )
      );
    case 'handoff':
      return output.kind === 'handoff' && output.reason === line[1].reason;
    case 'forget':
      return output.kind === 'forget';
    case 'end':
      return output.kind === 'end';
    default:
      return false;
  }
}

/** A session driver that round-trips state through JSON between turns, proving it is storable. */
export class Session {
  state: SessionState | undefined;
  constructor(
    readonly dialog: Dialog,
    readonly today = TODAY,
  ) {}
  send(input: UserInput): EngineOutput[] {
    const result = step(this.dialog, this.state, input, this.today);
    this.state = JSON.parse(JSON.stringify(result.state)) as SessionState;
    return result.outputs;
  }
}

/** Plays a conversation from its start and checks every bot line appears, in order, in the turn it follows. */
export function expectTranscript(dialog: Dialog, lines: Line[]): Session {
  const session = new Session(dialog);
  let outputs = session.send({ kind: 'start' });
  let cursor = 0;
  for (const line of lines) {
    if (line[0] === 'user' || line[0] === 'choice') {
      outputs = session.send(line[0] === 'user' ? { kind: 'text', text: line[1] } : { kind: 'choice', value: line[1] });
      cursor = 0;
      continue;
    }
    const found = outputs.findIndex((o, i) => i >= cursor && matches(o, line));
    expect(
      found,
      `expected ${JSON.stringify(line)} in ${JSON.stringify(outputs.map((o) => (o.kind === 'prompt' ? `prompt:${o.slot}` : o.kind === 'say' ? `say:${o.text.slice(0, 50)}` : o.kind)))}`,
    ).toBeGreaterThanOrEqual(0);
    cursor = found + 1;
  }
  return session;
}

/** Answers every question by its slot, like the scenario harness; returns the outcome and the slots asked before it. */
export function screen(dialog: Dialog, answers: Partial<Record<SlotId, string>>, today = TODAY) {
  const session = new Session(dialog, today);
  let outputs = session.send({ kind: 'start' });
  const asked: SlotId[] = [];
  let outcome: Outcome | undefined;
  let handoff: EngineOutput | undefined;
  for (let turn = 0; turn < 40; turn++) {
    for (const o of outputs) {
      if (o.kind === 'outcome') outcome ??= o.outcome;
      if (o.kind === 'handoff') handoff = o;
    }
    const prompt = outputs.find((o) => o.kind === 'prompt');
    if (prompt?.kind !== 'prompt') break;
    if (!outcome) asked.push(prompt.slot);
    outputs = session.send({ kind: 'text', text: answers[prompt.slot] ?? "I'm not sure" });
  }
  return { outcome, asked, handoff, session };
}
