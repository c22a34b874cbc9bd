import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { type BaselineSlot, retryAnswer, slotOfText } from '../baseline/questions.js';
import { type Conversation, oursAnswer, scriptFor } from '../lib/conversations.js';
import { MAX_TURNS } from '../lib/drive.js';
import { percentile, round } from '../lib/stats.js';
import type { Reply, ReplySink } from './sink.js';

/**
 * Which bot is behind the URL: it decides how a reply names its question and what the person answers.
 * `floor` is botbuilder's web host with a bot that only asks one fixed question (bench/baseline/floor-server).
 */
export type HttpSide = 'ours' | 'baseline' | 'floor';

/** What a visitor tells the floor bot, every turn (it asks the same question whatever the answer). */
const FLOOR_ANSWER = 'The IRS took money from my bank account.';

/** One load level's result. */
export type LevelResult = {
  concurrency: number;
  requests: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  missing: number;
  finished: number;
  reprompts: number;
};

export type LevelOptions = {
  side: HttpSide;
  port: number;
  serviceUrl: string;
  sink: ReplySink;
  concurrency: number;
  requests: number;
  tag: string;
};

const MISSING_AFTER_MS = 1_000;

/** Posts one activity to `/api/messages` over a keep-alive connection; resolves to the status (0 on a network error). */
export function postActivity(agent: Agent, port: number, activity: object): Promise<number> {
  const body = JSON.stringify(activity);
  return new Promise((resolve) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/messages',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', () => resolve(0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

/** Pure: the question a turn's replies end on, or undefined when they ask nothing (the screening ended). */
export function slotOfReplies(side: HttpSide, replies: readonly Reply[]): string | undefined {
  let slot: string | undefined;
  for (const reply of replies) {
    if (reply.type !== 'message') continue;
    const asked = side === 'baseline' ? (reply.text ? slotOfText(reply.text) : undefined) : reply.slot;
    if (asked) slot = asked;
  }
  return slot;
}

/** Pure: the activity a visitor sends: arriving (conversationUpdate) or typing `text`. */
export function visitorActivity(serviceUrl: string, conversationId: string, text: string | undefined): object {
  const base = {
    id: randomUUID(),
    channelId: 'directline',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: `visitor-${conversationId}`, name: 'Visitor' },
    recipient: { id: 'bot', name: 'Bot' },
    conversation: { id: conversationId },
    locale: 'en-US',
  };
  return text === undefined
    ? { ...base, type: 'conversationUpdate', membersAdded: [{ id: base.from.id }] }
    : { ...base, type: 'message', text };
}

function answerFor(side: HttpSide, script: Conversation, slot: string, repeated: boolean): string {
  if (side === 'floor') return FLOOR_ANSWER;
  if (side === 'ours') return oursAnswer(script, slot, repeated);
  const s = slot as BaselineSlot;
  return repeated ? retryAnswer(s) : script.taps[s];
}

/**
 * Runs `concurrency` visitors, each going through scripted screenings one turn after another, until
 * `requests` activities were sent. Latency is from sending the activity until its response has completed
 * and its replies have reached the sink.
 */
export async function runLevel(o: LevelOptions): Promise<LevelResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: o.concurrency });
  const latencies: number[] = [];
  const counts = { issued: 0, errors: 0, missing: 0, finished: 0, reprompts: 0, conversations: 0 };

  async function turn(conversationId: string, text: string | undefined): Promise<string | undefined | 'failed'> {
    const activity = visitorActivity(o.serviceUrl, conversationId, text);
    const t0 = performance.now();
    const status = await postActivity(agent, o.port, activity);
    const done = performance.now();
    if (status === 0 || status >= 400) {
      counts.errors++;
      return 'failed';
    }
    await o.sink.waitForMessage(conversationId, MISSING_AFTER_MS);
    const replies = o.sink.take(conversationId);
    if (!replies.some((r) => r.type === 'message')) {
      counts.missing++;
      return 'failed';
    }
    latencies.push(Math.max(done, ...replies.map((r) => r.at)) - t0);
    return slotOfReplies(o.side, replies);
  }

  async function visitor(): Promise<void> {
    while (counts.issued < o.requests) {
      const script = scriptFor(counts.conversations++);
      const conversationId = `${o.tag}-${randomUUID()}`;
      let slot: string | undefined;
      let repeated = false;
      for (let turns = 0; turns < MAX_TURNS && counts.issued < o.requests; turns++) {
        counts.issued++;
        const next = await turn(
          conversationId,
          turns === 0 ? undefined : answerFor(o.side, script, slot ?? '', repeated),
        );
        if (next === 'failed') break;
        if (next === undefined) {
          counts.finished++;
          break;
        }
        repeated = turns > 0 && next === slot;
        // The floor asks one question forever: a repeat there is its design, not a re-prompt.
        if (repeated && o.side !== 'floor') counts.reprompts++;
        slot = next;
      }
    }
  }

  const t0 = performance.now();
  await Promise.all(Array.from({ length: o.concurrency }, () => visitor()));
  const wallMs = performance.now() - t0;
  agent.destroy();
  return {
    concurrency: o.concurrency,
    requests: counts.issued,
    rps: round((latencies.length / wallMs) * 1000, 1),
    p50Ms: round(percentile(latencies, 50), 2),
    p99Ms: round(percentile(latencies, 99), 2),
    errors: counts.errors,
    missing: counts.missing,
    finished: counts.finished,
    reprompts: counts.reprompts,
  };
}
