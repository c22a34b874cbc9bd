import { randomUUID } from 'node:crypto';
import {
  type BotTurn,
  type Copies,
  messageContent,
  postJson,
  REQUEST_TIMEOUT_MS,
  retrying,
  type ScreeningClient,
  turnOf,
} from './http.js';
import type { Answer } from './plans.js';

type StreamActivity = Record<string, unknown> & { id: string; from?: { role?: string }; replyToId?: string };

/**
 * A website visitor on the local Direct Line, speaking its REST protocol like Web Chat does: a token from
 * the server, start, post with a clientActivityID, poll by watermark. Retries a request, unchanged, while the
 * server is away. A POST is answered once the bot has answered, so one poll after it shows the whole turn.
 */
export class WebVisitor implements ScreeningClient {
  readonly channel = 'web' as const;
  recoveries = 0;
  private token = '';
  private dlConversation = '';
  private watermark = '';
  readonly stream: StreamActivity[] = [];

  constructor(private readonly base: string) {}

  conversationId(): string {
    return `web:${this.dlConversation}`;
  }

  private get auth() {
    return { authorization: `Bearer ${this.token}` };
  }

  async start(): Promise<BotTurn> {
    const issued = await retrying(() => postJson(`${this.base}/api/directline/token`, {}));
    const token = (await issued.json()) as { token: string; conversationId: string };
    this.token = token.token;
    this.dlConversation = token.conversationId;
    const started = await retrying(() => postJson(`${this.base}/v3/directline/conversations`, {}, this.auth));
    if (started.status !== 201) throw new Error(`start answered ${started.status}`);
    return turnOf(await this.poll());
  }

  async answer(prompt: NonNullable<BotTurn['prompt']>, answer: Answer, copies: Copies): Promise<BotTurn> {
    const content = messageContent(prompt, answer);
    const activity = (clientId: string) => ({
      ...content,
      from: { id: 'visitor' },
      channelData: { clientActivityID: clientId },
    });
    const first = activity(randomUUID());
    const bodies =
      copies === 'repeat' ? [first, first] : copies === 'double-click' ? [first, activity(randomUUID())] : [first];
    const ids = await Promise.all(bodies.map((body) => this.post(body)));
    const fromBot = await this.poll();
    return turnOf(fromBot.filter((a) => typeof a.replyToId === 'string' && ids.includes(a.replyToId)));
  }

  private async post(body: unknown): Promise<string> {
    const path = `${this.base}/v3/directline/conversations/${this.dlConversation}/activities`;
    const answer = await retrying(() => postJson(path, body, this.auth));
    if (answer.status !== 200) throw new Error(`post answered ${answer.status}: ${await answer.text()}`);
    return ((await answer.json()) as { id: string }).id;
  }

  /** Reads the stream from the watermark on; returns the bot's activities among the new ones. */
  private async poll(): Promise<StreamActivity[]> {
    const path = `${this.base}/v3/directline/conversations/${this.dlConversation}/activities?watermark=${this.watermark}`;
    const answer = await retrying(() =>
      fetch(path, { headers: this.auth, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }),
    );
    if (answer.status !== 200) throw new Error(`poll answered ${answer.status}`);
    const page = (await answer.json()) as { activities: StreamActivity[]; watermark: string };
    this.stream.push(...page.activities);
    this.watermark = page.watermark;
    return page.activities.filter((a) => a.from?.role === 'bot');
  }
}
