#!/usr/bin/env node
/** The terminal adapter: an interactive chat, or the JSON Lines protocol with --jsonl. */
import { randomUUID } from 'node:crypto';
import {
  type Choice,
  createAssistant,
  createLogger,
  type InboundMessage,
  loadConfigLazily,
  loadScreeningDialog,
  type Output,
  SqliteSessionStore,
} from '../../src/terminal.js';
import { parseCliArgs } from './args.js';
import { exitQuietlyOnClosedPipe } from './closed-pipe.js';
import { parseJsonlInput, toJsonlEvents } from './jsonl.js';
import { makeStyle, readTerminalLine, renderForTerminal } from './render.js';

const USAGE = 'usage: npm run chat [-- --jsonl] [--today YYYY-MM-DD] [--conversation ID]';
const APOLOGY = 'Sorry, something went wrong on our side. Please try again in a moment.';

async function main(): Promise<number> {
  const args = parseCliArgs(process.argv.slice(2));
  if (!args.ok) {
    process.stderr.write(`${args.error}\n${USAGE}\n`);
    return 2;
  }
  if (args.value.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const config = await loadConfigLazily();
  if (!config.ok) {
    process.stderr.write(`Configuration error: ${config.error}\n`);
    return 2;
  }
  // Logs go to stderr so that stdout carries only the conversation (or the JSON Lines protocol).
  const logger = createLogger(config.value.logLevel === 'info' ? 'warn' : config.value.logLevel, process.stderr);
  const store = new SqliteSessionStore(config.value.dataDir);
  const assistant = createAssistant({ dialog: loadScreeningDialog(), store, logger, timeZone: config.value.timeZone });
  const conversationId = `cli:${args.value.conversation ?? randomUUID()}`;
  const jsonl = args.value.jsonl;
  const style = makeStyle(!jsonl && process.stdout.isTTY === true && !process.env.NO_COLOR);
  let choices: Choice[] = [];
  let ended = false;

  const show = (outputs: Output[]) => {
    const prompt = outputs.findLast((o) => o.kind === 'prompt');
    if (prompt?.kind === 'prompt') choices = prompt.choices;
    if (outputs.some((o) => o.kind === 'end')) ended = true;
    if (jsonl) for (const event of toJsonlEvents(outputs)) process.stdout.write(`${JSON.stringify(event)}\n`);
    else process.stdout.write(renderForTerminal(outputs, style));
  };
  const say = (text: string) => {
    if (jsonl) process.stdout.write(`${JSON.stringify({ type: 'message', text })}\n`);
    else process.stdout.write(`${text}\n`);
  };
  const send = async (input: InboundMessage['input']) => {
    const message: InboundMessage = {
      conversationId,
      channel: 'cli',
      input,
      at: Date.now(),
      ...(args.value.today ? { today: args.value.today } : {}),
    };
    try {
      show(await assistant.handle(message));
    } catch (error) {
      logger.error('cli.turn_failed', {
        conversationId,
        error: error instanceof Error ? error.message : String(error),
      });
      say(APOLOGY);
    }
  };

  await send({ kind: 'start' });
  // Loaded after the first prompt is shown: nothing before it reads a line.
  const { createInterface } = await import('node:readline');
  const lines = createInterface({ input: process.stdin, terminal: false });
  if (!jsonl && process.stdout.isTTY) process.stdout.write('> ');
  for await (const line of lines) {
    if (ended) break;
    const input = jsonl ? parseJsonlInput(line) : readTerminalLine(line, choices);
    if (!input) {
      if (line.trim()) say('Each line must be a JSON object like {"text": "..."} or {"value": "..."}.');
      continue;
    }
    await send(input);
    if (ended) break;
    if (!jsonl && process.stdout.isTTY) process.stdout.write('> ');
  }
  lines.close();
  await store.close();
  return 0;
}

exitQuietlyOnClosedPipe();

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`The assistant could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
