import { describe, expect, it } from 'vitest';
import type { InboundMessage } from '../src/api.js';
import { createAssistant, dateIn, loadScreeningDialog, MemorySessionStore, nullLogger } from '../src/index.js';

const HOUR = 3_600_000;
const STORY = 'the irs levied my bank account last week and took the money for rent, I cannot pay it';

function setUp(sessionTtlMs?: number) {
  const store = new MemorySessionStore();
  const assistant = createAssistant({
    dialog: loadScreeningDialog(),
    store,
    logger: nullLogger,
    timeZone: 'UTC',
    ...(sessionTtlMs !== undefined ? { sessionTtlMs } : {}),
  });
  const say = (text: string, at: number, extra: Partial<InboundMessage> = {}) =>
    assistant.handle({ conversationId: 'web:a', channel: 'web', input: { kind: 'text', text }, at, ...extra });
  return { store, assistant, say };
}

const slotOf = (outputs: { kind: string; slot?: string }[]) => outputs.find((o) => o.kind === 'prompt')?.slot;

describe('createAssistant', () => {
  it('resumes a session within SESSION_TTL_HOURS and starts over after it', async () => {
    const { say } = setUp(72 * HOUR);
    const first = await say(STORY, 0);
    const next = slotOf(first);
    expect(next).toBeDefined();
    expect(next).not.toBe('narrative');
    expect(slotOf(await say('help', 71 * HOUR))).toBe(next);
    const after = await say('hello again', 71 * HOUR + 72 * HOUR + 1);
    expect(slotOf(after)).toBe('narrative');
  });

  it('answers a repeated delivery with its first outputs and applies it once', async () => {
    const { store, say } = setUp();
    const first = await say(STORY, 1, { deliveryId: 'act-1' });
    const again = await say(STORY, 2, { deliveryId: 'act-1' });
    expect(again).toEqual(first);
    expect((await store.transcript('web:a')).filter((l) => l.from === 'user')).toHaveLength(1);
  });

  it('keeps the outputs of a turn whose channel confirms them as unshown until it does', async () => {
    const { store, say } = setUp();
    await say(STORY, 1, { deliveryId: 'ev-1', confirmShown: true });
    await say('yes', 2, { deliveryId: 'ev-2' });
    expect((await store.unshownDeliveries('web:', 10)).map((d) => d.deliveryId)).toEqual(['ev-1']);
  });
});

describe('dateIn', () => {
  it("gives the zone's date on each side of its midnight, however often it is asked within a second", () => {
    const midnight = Date.UTC(2025, 10, 26, 5); // 00:00 in New York (EST)
    for (const [at, date] of [
      [midnight - 1001, '2025-11-25'],
      [midnight - 1, '2025-11-25'],
      [midnight - 1, '2025-11-25'],
      [midnight, '2025-11-26'],
      [midnight + 999, '2025-11-26'],
      [midnight - 1, '2025-11-25'],
    ] as const) {
      expect(dateIn('America/New_York', at)).toBe(date);
    }
    expect(dateIn('Asia/Tokyo', midnight)).toBe('2025-11-26');
    expect(dateIn('Pacific/Honolulu', midnight)).toBe('2025-11-25');
  });
});
