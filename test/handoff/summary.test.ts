import { describe, expect, it } from 'vitest';
import { conversations, oursAnswer } from '../../bench/lib/conversations.js';
import { buildHandoffSummary, type HandoffInput, isBuiltHandoffSummary } from '../../src/handoff/summary.js';
import { handoffSummarySchema } from '../../src/handoff/summary-schema.js';
import {
  createAssistant,
  loadScreeningDialog,
  MemorySessionStore,
  nullLogger,
  type UserInput,
} from '../../src/index.js';
import { makeLevyFacts, makeLevyOutcome } from './factories.js';

const makeInput = (overrides: Partial<HandoffInput> = {}): HandoffInput => {
  const facts = makeLevyFacts();
  return {
    id: 'h-1',
    conversationId: 'slack:C1:U1',
    channel: 'slack',
    createdAt: Date.UTC(2025, 4, 1, 14, 30),
    reason: 'screening-complete',
    ranBy: { id: 'U1', name: 'Staff' },
    outcome: makeLevyOutcome(facts),
    facts,
    evidence: [{ fact: 'moneyTakenNow', slot: 'narrative', text: 'they took my paycheck' }],
    transcript: [
      { from: 'bot', text: 'What happened?', at: 1, slot: 'narrative' },
      { from: 'user', text: 'My SSN is 123-45-6789 and they took my paycheck', at: 2 },
    ],
    ...overrides,
  };
};

describe('buildHandoffSummary', () => {
  it('builds a summary that passes its own schema', () => {
    const summary = buildHandoffSummary(makeInput());
    expect(handoffSummarySchema.safeParse(summary).success).toBe(true);
    expect(summary).toMatchObject({
      createdAt: '2025-05-01T14:30:00.000Z',
      urgency: 'emergency',
      recommendation: 'tas_and_counsel',
      ranBy: { id: 'U1', name: 'Staff' },
      contact: { name: 'Ana Ruiz', email: 'ana@example.com', phone: '555-0101', state: 'OH', consent: 'yes' },
    });
    expect(summary.form911.fields.taxpayerName.value).toBe('Ana Ruiz');
  });

  it('redacts an SSN left in the transcript', () => {
    const summary = buildHandoffSummary(makeInput());
    const text = summary.transcript.map((t) => t.text).join('\n');
    expect(text).not.toContain('123-45-6789');
    expect(text).toContain('they took my paycheck');
  });

  it('lists what the advisor must still fill or confirm', () => {
    const { gaps } = buildHandoffSummary(makeInput());
    expect(gaps).toEqual(expect.arrayContaining(['tin', 'address', 'tax-form', 'signature', 'voicemail-consent']));
    expect(gaps).toContain('confirm-notice-date:LT11');
    expect(gaps).toContain('confirm-deadline:LT11');
    expect(gaps).not.toContain('confirm-notice-date:CP504');
    expect(gaps).not.toContain('tax-years');
    expect(gaps).not.toContain('email');
  });

  it('is high urgency with no recommendation when there is no outcome yet', () => {
    const summary = buildHandoffSummary(makeInput({ outcome: null, reason: 'asked-for-person' }));
    expect(summary).toMatchObject({ urgency: 'high', recommendation: null, outcome: null });
  });

  it('leaves ranBy out when nobody ran it for someone else', () => {
    const { ranBy: _omit, ...input } = makeInput();
    expect('ranBy' in buildHandoffSummary(input)).toBe(false);
  });

  it('marks what it built, so stores may trust it, and nothing else', () => {
    const summary = buildHandoffSummary(makeInput());
    expect(isBuiltHandoffSummary(summary)).toBe(true);
    expect(isBuiltHandoffSummary(structuredClone(summary))).toBe(false);
  });

  it('builds summaries that pass the schema on every screening of the benchmark', async () => {
    const store = new MemorySessionStore();
    const assistant = createAssistant({ dialog: loadScreeningDialog(), store, logger: nullLogger, timeZone: 'UTC' });
    let delivery = 0;
    for (const script of conversations) {
      const conversationId = `web:${script.id}`;
      const send = (input: UserInput) =>
        assistant.handle({ conversationId, channel: 'web', input, at: ++delivery, deliveryId: `d-${delivery}` });
      let outputs = await send({ kind: 'start' });
      for (let turn = 0; turn < 40; turn++) {
        const prompt = outputs.findLast((o) => o.kind === 'prompt');
        if (prompt?.kind !== 'prompt') break;
        outputs = await send({ kind: 'text', text: oursAnswer(script, prompt.slot, false) });
      }
      // The hand-off turn's outputs, remembered for a repeat, are what JSON makes of them.
      expect(outputs.some((o) => o.kind === 'handoff')).toBe(true);
      expect(await store.findDelivery(conversationId, `d-${delivery}`)).toEqual(JSON.parse(JSON.stringify(outputs)));
    }
    const handoffs = await store.listHandoffs();
    expect(handoffs).toHaveLength(conversations.length);
    for (const { summary } of handoffs) expect(handoffSummarySchema.parse(summary)).toEqual(summary);
  });
});
