import { describe, expect, it } from 'vitest';
import { createAssistant } from '../src/assistant.js';
import { loadScreeningDialog, MemorySessionStore, nullLogger } from '../src/index.js';
import { limitInput, MAX_CHOICE_CHARS, MAX_TEXT_CHARS, sanitizeText } from '../src/input-limit.js';

describe('sanitizeText', () => {
  it('cuts text at the limit', () => {
    expect(sanitizeText('abcdef', 3)).toBe('abc');
  });

  it('turns control characters into spaces but keeps tabs and line breaks', () => {
    expect(sanitizeText('a\u0000b\u0007c\td\ne\rf\u007f', 100)).toBe('a b c\td\ne\rf ');
  });

  it('replaces halves of broken UTF-16 pairs, including one cut at the limit', () => {
    expect(sanitizeText('x\ud800y\udc00z', 100)).toBe('x\ufffdy\ufffdz');
    expect(sanitizeText('ab😀', 3)).toBe('ab\ufffd');
    expect(sanitizeText('ab😀', 4)).toBe('ab😀');
  });
});

describe('limitInput', () => {
  it('caps typed text and button values, and leaves a start alone', () => {
    const text = limitInput({ kind: 'text', text: 'a'.repeat(100_000) });
    expect(text.kind === 'text' && text.text.length).toBe(MAX_TEXT_CHARS);
    const choice = limitInput({ kind: 'choice', value: 'v'.repeat(10_000) });
    expect(choice.kind === 'choice' && choice.value.length).toBe(MAX_CHOICE_CHARS);
    expect(limitInput({ kind: 'start' })).toEqual({ kind: 'start' });
  });
});

describe('the assistant with a huge or binary message', () => {
  it('answers 100 KB of digits and dashes quickly, and stores only the capped text', async () => {
    const store = new MemorySessionStore();
    const assistant = createAssistant({
      dialog: loadScreeningDialog(),
      store,
      logger: nullLogger,
      timeZone: 'America/New_York',
    });
    const at = Date.parse('2026-01-05T15:00:00Z');
    await assistant.handle({ conversationId: 'web:huge', channel: 'web', input: { kind: 'start' }, at });
    // Runs of digits and dashes are understanding's slowest input: uncapped, this took minutes.
    const started = Date.now();
    const outputs = await assistant.handle({
      conversationId: 'web:huge',
      channel: 'web',
      input: { kind: 'text', text: '1-'.repeat(50_000) },
      at,
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(outputs.length).toBeGreaterThan(0);
    const lines = await store.transcript('web:huge');
    expect(Math.max(...lines.filter((l) => l.from === 'user').map((l) => l.text.length))).toBeLessThanOrEqual(
      MAX_TEXT_CHARS,
    );
  });

  it('answers random binary text without throwing', async () => {
    const assistant = createAssistant({
      dialog: loadScreeningDialog(),
      store: new MemorySessionStore(),
      logger: nullLogger,
      timeZone: 'America/New_York',
    });
    const junk = String.fromCharCode(...Array.from({ length: 5_000 }, (_, i) => (i * 7919) % 65_536));
    const at = Date.parse('2026-01-05T15:00:00Z');
    await assistant.handle({ conversationId: 'web:bin', channel: 'web', input: { kind: 'start' }, at });
    await expect(
      assistant.handle({ conversationId: 'web:bin', channel: 'web', input: { kind: 'text', text: junk }, at }),
    ).resolves.toBeDefined();
  });
});
