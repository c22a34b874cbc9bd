import type { InboundMessage, Output } from '../../../src/api.js';
import { buildHandoffSummary } from '../../../src/handoff/summary.js';
import type { Outcome } from '../../../src/rules/outcome.js';

/** A valid outcome, as the rules would give it; override what a test cares about. */
export function makeOutcome(overrides: Partial<Outcome> = {}): Outcome {
  return {
    recommendation: 'tas',
    basis: ['economic_burden'],
    urgency: 'emergency',
    deadlines: [],
    closed_deadlines: [],
    issue_type: 'levy_garnishment',
    criteria: [],
    reasons: [],
    caveats: [],
    facts: { issueType: 'levy_garnishment' },
    decided_on: '2025-03-03',
    ...overrides,
  };
}

export function makePrompt(overrides: Partial<Extract<Output, { kind: 'prompt' }>> = {}): Output {
  return {
    kind: 'prompt',
    slot: 'issue_type',
    text: 'What is the IRS problem about?',
    choices: [
      { value: 'levy_garnishment', label: 'A levy or garnishment' },
      { value: 'refund_delay', label: 'A late refund' },
    ],
    ...overrides,
  };
}

export function makeOutcomeOutput(outcome: Outcome = makeOutcome()): Extract<Output, { kind: 'outcome' }> {
  return {
    kind: 'outcome',
    outcome,
    text: 'Recommendation: ask TAS for help.\nDeadline: none.',
    sections: [
      {
        key: 'recommendation',
        title: 'Ask the Taxpayer Advocate Service',
        lines: ['The levy is causing hardship now.'],
      },
      {
        key: 'deadlines',
        title: 'Deadlines',
        lines: ['Hearing request due March 31, 2025', 'Confirm the notice date'],
      },
      { key: 'next-steps', title: 'Next steps', lines: ['An advisor will call you.'] },
    ],
  };
}

export function makeHandoffOutput(): Extract<Output, { kind: 'handoff' }> {
  const summary = buildHandoffSummary({
    id: 'h-1',
    conversationId: 'web:abc',
    channel: 'web',
    createdAt: Date.parse('2025-03-03T15:00:00Z'),
    reason: 'screening-complete',
    outcome: makeOutcome(),
    facts: { contactName: 'Ana' },
    evidence: [],
    transcript: [],
  });
  return { kind: 'handoff', summary, text: 'Thank you, Ana.\nAn advisor will email you within one business day.' };
}

/** A core that records what it was asked and answers from a script. */
export function makeFakeCore(answer: (message: InboundMessage) => Output[] = () => [makePrompt()]) {
  const calls: InboundMessage[] = [];
  return {
    calls,
    async handle(message: InboundMessage): Promise<Output[]> {
      calls.push(message);
      return answer(message);
    },
  };
}
