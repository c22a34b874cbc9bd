import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../adapters/cli/args.js';
import { parseJsonlInput, toJsonlEvents } from '../../../adapters/cli/jsonl.js';
import { makeStyle, readTerminalLine, renderForTerminal } from '../../../adapters/cli/render.js';

describe('terminal mapping', () => {
  it('reads protocol lines: text, a choice value, or nothing', () => {
    expect(parseJsonlInput('{"text":"hi"}')).toEqual({ kind: 'text', text: 'hi' });
    expect(parseJsonlInput('{"value":"yes"}')).toEqual({ kind: 'choice', value: 'yes' });
    expect(parseJsonlInput('{"text":5}')).toBeUndefined();
    expect(parseJsonlInput('nope')).toBeUndefined();
  });

  it('writes a question as one prompt event with its slot and choices', () => {
    const events = toJsonlEvents([
      { kind: 'prompt', slot: 'hardship', text: 'Hardship?', choices: [{ value: 'yes', label: 'Yes' }] },
    ]);
    expect(events).toEqual([
      { type: 'prompt', slot: 'hardship', text: 'Hardship?', choices: [{ value: 'yes', label: 'Yes' }] },
    ]);
  });

  it('ends with an end event', () => {
    expect(toJsonlEvents([{ kind: 'end', text: 'Bye' }]).map((e) => e.type)).toEqual(['message', 'end']);
  });

  it('maps a typed number to the matching choice and anything else to text', () => {
    const choices = [{ value: 'yes' }, { value: 'no' }];
    expect(readTerminalLine('2', choices)).toEqual({ kind: 'choice', value: 'no' });
    expect(readTerminalLine('7', choices)).toEqual({ kind: 'text', text: '7' });
    expect(readTerminalLine('yes please', choices)).toEqual({ kind: 'text', text: 'yes please' });
  });

  it('numbers choices and adds no colour codes when colour is off', () => {
    const text = renderForTerminal(
      [{ kind: 'prompt', slot: 'tried_irs', text: 'Tried?', choices: [{ value: 'yes', label: 'Yes' }] }],
      makeStyle(false),
    );
    expect(text).toContain('1. Yes');
    expect(text).not.toContain('\u001b[');
  });

  it('parses flags and refuses unknown ones', () => {
    expect(parseCliArgs(['--jsonl', '--today', '2026-11-25'])).toEqual({
      ok: true,
      value: { jsonl: true, json: false, help: false, today: '2026-11-25' },
    });
    expect(parseCliArgs(['--bogus']).ok).toBe(false);
  });
});
