import { type Activity, TestAdapter } from 'botbuilder';
import type { SessionStore, UserInput } from '../../src/index.js';
import { createAssistant, loadScreeningDialog, nullLogger } from '../../src/index.js';
import { createBaselineBot } from '../baseline/bot.js';
import { type BaselineSlot, retryAnswer, slotOfText } from '../baseline/questions.js';
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

/** Pure: the slot the baseline's replies ask about last, if any. */
export function baselineSlotOf(replies: readonly Partial<Activity>[]): BaselineSlot | undefined {
  let slot: BaselineSlot | undefined;
  for (const reply of replies) {
    if (reply.type !== 'message' || typeof reply.text !== 'string') continue;
    slot = slotOfText(reply.text) ?? slot;
  }
  return slot;
}

/** The baseline: the botbuilder-dialogs bot on MemoryStorage, through botbuilder's TestAdapter. */
export function baselineSide(memory: Record<string, string> = {}): InProcessSide {
  const bot = createBaselineBot(memory);
  const adapters = new Map<string, TestAdapter>();
  const logic = (context: Parameters<typeof bot.run>[0]) => bot.run(context);
  return {
    open(id) {
      adapters.set(id, new TestAdapter(TestAdapter.createConversation(id)));
    },
    async turn(id, input) {
      const adapter = adapters.get(id);
      if (!adapter) throw new Error(`conversation ${id} was not opened`);
      const activity: Partial<Activity> =
        input.kind === 'start'
          ? { type: 'conversationUpdate', membersAdded: [{ id: 'user1', name: 'User1' }] }
          : { type: 'message', text: input.kind === 'text' ? input.text : input.value };
      await adapter.processActivity(activity, logic);
      return baselineSlotOf(adapter.activeQueue.splice(0));
    },
    answer(script, slot, repeated) {
      const s = slot as BaselineSlot;
      return repeated ? retryAnswer(s) : script.taps[s];
    },
    close(id) {
      adapters.delete(id);
    },
  };
}
