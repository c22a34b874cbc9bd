#!/usr/bin/env node
/** `npm run forget -- <conversation id | hand-off id>`: erases one person's data from the store. */
import { loadConfig, SqliteDirectLineStore, SqliteSessionStore } from '../../src/index.js';
import { exitQuietlyOnClosedPipe } from './closed-pipe.js';

const USAGE = 'Usage: npm run forget -- <conversation id | hand-off id>\n';

async function main(args: readonly string[]): Promise<number> {
  const id = args[0]?.trim() ?? '';
  if (id === '' || args.length > 1 || id.startsWith('-')) {
    process.stderr.write(USAGE);
    return 2;
  }
  const config = loadConfig();
  if (!config.ok) {
    process.stderr.write(`Configuration error: ${config.error}\n`);
    return 2;
  }
  const store = new SqliteSessionStore(config.value.dataDir);
  const streams = new SqliteDirectLineStore(config.value.dataDir);
  try {
    // Staff often hold the hand-off rather than the conversation id: accept either.
    const conversationId = (await store.getHandoff(id))?.summary.conversationId ?? id;
    const known =
      (await store.load(conversationId)) !== undefined || (await store.transcript(conversationId)).length > 0;
    await store.forget(conversationId);
    // A website visitor's local Direct Line stream holds the conversation as shown: it goes too.
    if (conversationId.startsWith('web:')) streams.forget(conversationId.slice('web:'.length));
    process.stdout.write(
      known ? `Erased the data of conversation ${conversationId}.\n` : `Nothing was stored for ${conversationId}.\n`,
    );
    process.stdout.write('Copies already posted to Slack or mailed are not reached by this: delete those there.\n');
    return 0;
  } finally {
    streams.close();
    await store.close();
  }
}

exitQuietlyOnClosedPipe();

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Could not erase: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
