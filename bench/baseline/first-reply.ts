/**
 * The baseline's cold start in one process, like our terminal adapter: load the SDK, build the bot on
 * MemoryStorage, let a visitor arrive over TestAdapter and print the first question as a JSON line.
 */
import { TestAdapter } from 'botbuilder';
import { createBaselineBot } from './bot.js';
import { slotOfText } from './questions.js';

async function main(): Promise<void> {
  const bot = createBaselineBot();
  const adapter = new TestAdapter(TestAdapter.createConversation('cold-start'));
  await adapter.processActivity(
    { type: 'conversationUpdate', membersAdded: [{ id: 'user1', name: 'User1' }] },
    (context) => bot.run(context),
  );
  for (const reply of adapter.activeQueue.splice(0)) {
    const slot = typeof reply.text === 'string' ? slotOfText(reply.text) : undefined;
    const line = slot ? { type: 'prompt', slot, text: reply.text } : { type: 'message', text: reply.text };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
