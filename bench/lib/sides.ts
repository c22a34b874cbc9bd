import type { SessionStore, UserInput } from '../../src/index.js';
import { createAssistant, loadScreeningDialog, nullLogger } from '../../src/index.js';
import { type Conversation, oursAnswer } from './conversations.js';

/** One side of the comparison, driven in-process: each call is one turn; it returns the question now asked. */
export interface InProcessSide {
  /** Prepares a conversation (outside the timed turn). */
  open(id: string): void;
  /** One turn: the person arrives (`start`) or types `text`; resolves to the slot now asked, or undefined at the end. */
  turn(id: string, input: UserInput): Promise<string | undefined>;
  /** What the person types for `slot` in this script; `repeated` when the same question came back. */
  answer(script: Conversation, slot: string, repeated: boolean): string;
  /** Forgets a finished conversation's per-conversation driver objects. */
  close(id: string): void;
}

/** Ours: `createAssistant` over the given store, our language understanding included. */
export function oursSide(store: SessionStore, timeZone = 'America/New_York'): InProcessSide {
  const assistant = createAssistant({ dialog: loadScreeningDialog(), store, logger: nullLogger, timeZone });
  let delivery = 0;
  return {
    open() {},
    async turn(id, input) {
      const outputs = await assistant.handle({
        conversationId: `web:${id}`,
        channel: 'web',
        input,
        at: Date.now(),
        user: { id: 'visitor' },
        deliveryId: `directline:${++delivery}`,
      });
      const prompt = outputs.findLast((o) => o.kind === 'prompt');
      return prompt?.kind === 'prompt' ? prompt.slot : undefined;
    },
    answer: oursAnswer,
    close() {},
  };
}
