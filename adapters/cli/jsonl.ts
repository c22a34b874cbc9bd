import type { Output } from '../../src/index.js';

/** One line of the JSON Lines protocol (shared/eval/README.md). */
export type JsonlEvent =
  | { type: 'message'; text: string }
  | { type: 'prompt'; slot: string; text: string; choices: { value: string; label: string }[] }
  | { type: 'outcome'; [field: string]: unknown }
  | { type: 'handoff'; id: string; summary: unknown }
  | { type: 'end' };

/** Pure: the protocol events for the core's outputs, in order. */
export function toJsonlEvents(outputs: readonly Output[]): JsonlEvent[] {
  return outputs.flatMap((o): JsonlEvent[] => {
    switch (o.kind) {
      case 'say':
        return [{ type: 'message', text: o.text }];
      case 'prompt':
        return [{ type: 'prompt', slot: o.slot, text: o.text, choices: o.choices }];
      case 'outcome': {
        const { recommendation, basis, urgency, deadlines, issue_type, criteria, facts } = o.outcome;
        return [
          { type: 'message', text: o.text },
          {
            type: 'outcome',
            recommendation,
            basis,
            urgency,
            deadlines: deadlines.map((d) => ({
              kind: d.kind,
              due: d.due,
              notice: d.notice,
              must_confirm: d.mustConfirm,
            })),
            issue_type,
            criteria,
            facts,
          },
        ];
      }
      case 'handoff':
        return [
          { type: 'message', text: o.text },
          { type: 'handoff', id: o.summary.id, summary: o.summary },
        ];
      case 'end':
        return [{ type: 'message', text: o.text }, { type: 'end' }];
      default: {
        const never: never = o;
        return never;
      }
    }
  });
}

/** Pure: a line the person sent, as the core's input; undefined for a line that is not the protocol's. */
export function parseJsonlInput(
  line: string,
): { kind: 'text'; text: string } | { kind: 'choice'; value: string } | undefined {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const record = data as Record<string, unknown>;
  if (typeof record.value === 'string') return { kind: 'choice', value: record.value };
  if (typeof record.text === 'string') return { kind: 'text', text: record.text };
  return undefined;
}
