import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, nullLogger } from '../../src/log/logger.js';

const capture = () => {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, stream };
};

describe('createLogger', () => {
  it('writes JSON with the event name and fields', () => {
    const { lines, stream } = capture();
    createLogger('info', stream).info('turn.committed', { conversationId: 'web:a', outputs: 2 });
    expect(lines[0]).toMatchObject({ level: 30, event: 'turn.committed', conversationId: 'web:a', outputs: 2 });
  });

  it('censors what people typed above debug, at any depth it is commonly nested', () => {
    const { lines, stream } = capture();
    createLogger('info', stream).warn('answer.unclear', {
      text: 'my SSN is 123-45-6789',
      input: { text: 'hello', answers: { a: 1 } },
      contact: { email: 'a@b.c', phone: '555', name: 'Ana' },
    });
    const line = JSON.stringify(lines[0]);
    for (const secret of ['123-45-6789', 'hello', 'a@b.c', '555', 'Ana']) expect(line).not.toContain(secret);
    expect(lines[0]).toMatchObject({ text: '[redacted]', input: { text: '[redacted]' } });
  });

  it('keeps message text at debug, and drops debug below its level', () => {
    const { lines, stream } = capture();
    createLogger('debug', stream).debug('message.received', { text: 'hello' });
    createLogger('info', stream).debug('message.received', { text: 'dropped' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ text: 'hello' });
  });

  it('has a null logger that accepts every level', () => {
    expect(() => nullLogger.error('x', { text: 'y' })).not.toThrow();
  });
});
