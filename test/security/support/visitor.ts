import { randomUUID } from 'node:crypto';

/** An activity of the local Direct Line's stream, as a client reads it. */
export type StreamActivity = Record<string, unknown> & {
  id: string;
  type?: string;
  text?: string;
  from?: { role?: string };
  channelData?: { slot?: string; handoff?: unknown };
};

/**
 * A website visitor speaking the local Direct Line's REST protocol, as Web Chat does: a token from the
 * server, start, post with a clientActivityID, poll by watermark. A POST returns once the bot answered.
 */
export class Visitor {
  token = '';
  dlConversation = '';
  private watermark = '';
  readonly stream: StreamActivity[] = [];

  constructor(private readonly base: string) {}

  /** The core's id for this conversation. */
  get conversationId(): string {
    return `web:${this.dlConversation}`;
  }

  private async call(path: string, init: RequestInit = {}): Promise<Response> {
    return fetch(`${this.base}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}`, ...init.headers },
      signal: AbortSignal.timeout(30_000),
    });
  }

  /** Gets a token, starts the conversation and returns the bot's greeting activities. */
  async start(): Promise<StreamActivity[]> {
    const issued = await fetch(`${this.base}/api/directline/token`, { method: 'POST' });
    const token = (await issued.json()) as { token: string; conversationId: string };
    this.token = token.token;
    this.dlConversation = token.conversationId;
    const started = await this.call('/v3/directline/conversations', { method: 'POST' });
    if (started.status !== 201) throw new Error(`start answered ${started.status}`);
    return this.poll();
  }

  /** Types `text`; the bot's activities in answer. */
  async say(text: string): Promise<StreamActivity[]> {
    return this.send({ type: 'message', text });
  }

  /** Clicks a button that sends `value`. */
  async click(value: string, label = value): Promise<StreamActivity[]> {
    return this.send({ type: 'message', text: label, value: { choice: value } });
  }

  private async send(content: Record<string, unknown>): Promise<StreamActivity[]> {
    const body = { ...content, from: { id: 'visitor' }, channelData: { clientActivityID: randomUUID() } };
    const path = `/v3/directline/conversations/${this.dlConversation}/activities`;
    const answer = await this.call(path, { method: 'POST', body: JSON.stringify(body) });
    if (answer.status !== 200) throw new Error(`post answered ${answer.status}: ${await answer.text()}`);
    return this.poll();
  }

  /** The bot's activities since the last poll. */
  async poll(): Promise<StreamActivity[]> {
    const answer = await this.call(
      `/v3/directline/conversations/${this.dlConversation}/activities?watermark=${this.watermark}`,
    );
    if (answer.status !== 200) throw new Error(`poll answered ${answer.status}`);
    const page = (await answer.json()) as { activities: StreamActivity[]; watermark: string };
    this.stream.push(...page.activities);
    this.watermark = page.watermark;
    return page.activities.filter((a) => a.from?.role === 'bot');
  }
}

/** Pure: the slot of the last question among a turn's activities, if any. */
export function slotOf(activities: readonly StreamActivity[]): string | undefined {
  return activities.findLast((a) => typeof a.channelData?.slot === 'string')?.channelData?.slot;
}
