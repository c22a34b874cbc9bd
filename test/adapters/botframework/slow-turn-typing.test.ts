import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { showTypingWhenSlow } from '../../../adapters/botframework/slow-turn-typing.js';

/** A fake send that records its calls and resolves after `ms`. */
function makeSend(ms = 0) {
  const calls: number[] = [];
  return {
    calls,
    send: async () => {
      calls.push(Date.now());
      await delay(ms);
    },
  };
}

describe('showTypingWhenSlow', () => {
  it('sends nothing when the turn is answered before the delay', async () => {
    const { calls, send } = makeSend();
    const typing = showTypingWhenSlow(send, 20, () => {});
    await typing.stop();
    await delay(40);
    expect(calls).toHaveLength(0);
  });

  it('sends once when the turn is still unanswered after the delay, and stop waits for it', async () => {
    const { calls, send } = makeSend(30);
    let sent = false;
    const typing = showTypingWhenSlow(
      async () => {
        await send();
        sent = true;
      },
      10,
      () => {},
    );
    await delay(25);
    await typing.stop();
    expect(calls).toHaveLength(1);
    expect(sent).toBe(true);
  });

  it('sends at once with no delay', async () => {
    const { calls, send } = makeSend();
    const typing = showTypingWhenSlow(send, 0, () => {});
    expect(calls).toHaveLength(1);
    await typing.stop();
  });

  it('reports a failed indicator without failing the turn', async () => {
    const errors: unknown[] = [];
    const typing = showTypingWhenSlow(
      async () => {
        throw new Error('connector down');
      },
      0,
      (error) => errors.push(error),
    );
    await expect(typing.stop()).resolves.toBeUndefined();
    expect(errors).toHaveLength(1);
  });
});
