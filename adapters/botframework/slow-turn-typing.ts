/** How long a turn may stay unanswered before the person sees a typing indicator. */
export const TYPING_AFTER_MS = 300;

/** A typing indicator armed for one turn; `stop` disarms it and waits for one already on its way. */
export type SlowTurnTyping = { stop(): Promise<void> };

/**
 * Sends a typing indicator (`send`) only if the turn is still unanswered after `afterMs`; at once when
 * `afterMs` is 0. Most turns answer in a few milliseconds, and an indicator then would cost a connector
 * round trip for nothing. A failed indicator goes to `onError` and does not fail the turn: the answer
 * itself reports a connector that is down.
 */
export function showTypingWhenSlow(
  send: () => Promise<unknown>,
  afterMs: number,
  onError: (error: unknown) => void,
): SlowTurnTyping {
  let sending: Promise<void> | undefined;
  const start = (): void => {
    sending = send().then(
      () => undefined,
      (error: unknown) => {
        onError(error);
      },
    );
  };
  if (afterMs <= 0) {
    start();
    return { stop: () => sending ?? Promise.resolve() };
  }
  const timer = setTimeout(start, afterMs);
  return {
    stop() {
      clearTimeout(timer);
      return sending ?? Promise.resolve();
    },
  };
}
