import { type Activity, TestAdapter } from 'botbuilder';
import { createBaselineBot } from '../baseline/bot.js';
import { type BaselineSlot, retryAnswer, slotOfText } from '../baseline/questions.js';
import type { InProcessSide } from './sides.js';

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
