import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type BotTurn, type Copies, messageContent, postJson, retrying, type ScreeningClient, turnOf } from './http.js';
import type { Answer } from './plans.js';

type Reply = Record<string, unknown> & { replyToId?: string; conversation?: { id?: string } };

async function readJson(req: IncomingMessage): Promise<Reply> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Reply;
}

/** A Bot Framework channel's connector on loopback (the activities' serviceUrl): records every reply the bot sends. */
export async function startReplySink() {
  const replies: Reply[] = [];
  const server = createServer((req, res) => {
    void readJson(req).then(
      (reply) => {
        replies.push(reply);
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ id: randomUUID() }));
      },
      () => res.writeHead(400).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    replies,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type ReplySink = Awaited<ReturnType<typeof startReplySink>>;

/**
 * A Bot Framework channel posting to `/api/messages` the way Azure Bot Service does: it redelivers an
 * activity (same id) until the bot answers 200. The bot replies to the sink before it answers.
 */
export class BotChannelUser implements ScreeningClient {
  readonly channel = 'bot' as const;
  recoveries = 0;
  private readonly conversation = `conv-${randomUUID()}`;
  private readonly user = { id: `user-${randomUUID().slice(0, 8)}`, name: 'Visitor' };

  constructor(
    private readonly base: string,
    private readonly sink: ReplySink,
  ) {}

  conversationId(): string {
    return `web:${this.conversation}`;
  }

  private envelope(content: Record<string, unknown>, id: string): Record<string, unknown> {
    return {
      ...content,
      id,
      channelId: 'webchat',
      serviceUrl: this.sink.url,
      timestamp: new Date().toISOString(),
      conversation: { id: this.conversation },
      from: this.user,
      recipient: { id: 'bot', name: 'Assistant' },
    };
  }

  private async deliver(activity: Record<string, unknown>): Promise<void> {
    const answer = await retrying(() => postJson(`${this.base}/api/messages`, activity));
    if (answer.status >= 300) throw new Error(`/api/messages answered ${answer.status}`);
  }

  /** The bot's replies to `ids`; replies to a conversationUpdate carry no replyToId on web channels. */
  private repliesTo(ids: string[] | 'welcome'): BotTurn {
    return turnOf(
      this.sink.replies.filter(
        (r) =>
          r.conversation?.id === this.conversation &&
          (ids === 'welcome' ? r.replyToId === undefined : ids.includes(r.replyToId ?? '')),
      ),
    );
  }

  async start(): Promise<BotTurn> {
    const id = `cu-${randomUUID()}`;
    const content = { type: 'conversationUpdate', membersAdded: [{ id: 'bot' }, this.user] };
    await this.deliver(this.envelope(content, id));
    return this.repliesTo('welcome');
  }

  async answer(prompt: NonNullable<BotTurn['prompt']>, answer: Answer, copies: Copies): Promise<BotTurn> {
    const content = messageContent(prompt, answer);
    const ids = copies === 'double-click' ? [`m-${randomUUID()}`, `m-${randomUUID()}`] : [`m-${randomUUID()}`];
    const activities = ids.map((id) => this.envelope(content, id));
    if (copies === 'repeat') activities.push(activities[0] as Record<string, unknown>);
    await Promise.all(activities.map((a) => this.deliver(a)));
    return this.repliesTo(ids);
  }
}
