import { randomUUID } from 'node:crypto';
import { actionBody, commandBody, eventBody, postSigned } from '../../adapters/slack/support/slack-request.js';
import type { FakeSlack } from './fake-slack.js';
import { type BotTurn, type Copies, retrying, type ScreeningClient, sleep, type World } from './http.js';
import type { Answer } from './plans.js';

export const SLACK_SECRET = 'resilience-signing-secret';

type Posted = Record<string, unknown> & { ts: string };
type Meta = { event_type?: string; event_payload?: { slot?: string } };
type Button = { type?: string; action_id?: string; value?: string; text?: { text?: string } };
type Block = { block_id?: string; elements?: Button[] };

const metaOf = (m: Posted) => m.metadata as Meta | undefined;
const blocksOf = (m: Posted) => (m.blocks ?? []) as Block[];
const isEnd = (m: Posted) => blocksOf(m).some((b) => b.block_id?.startsWith('tas-end'));
const isPrompt = (m: Posted) => metaOf(m)?.event_type === 'tas_prompt';

/**
 * A staff member screening in Slack: `/tas-screen` in a channel, then answers in the thread by button or
 * reply, as signed requests to /slack/events. The server acknowledges first and posts later, so a turn is
 * read from the fake Web API. A request the server never acknowledged is sent again with Slack's retry
 * header. When a restart swallowed a question, the person types "help" to see it again.
 */
export class SlackStaff implements ScreeningClient {
  readonly channel = 'slack' as const;
  recoveries = 0;
  private threadTs = '';
  private readonly user = `U${randomUUID().slice(0, 8).toUpperCase()}`;
  private readonly slackChannel = `C${randomUUID().slice(0, 8).toUpperCase()}`;

  constructor(
    private readonly base: string,
    private readonly slack: FakeSlack,
    private readonly world: World,
  ) {}

  conversationId(): string {
    return `slack:${this.slackChannel}:${this.threadTs}`;
  }

  private send(body: string, type: 'json' | 'form'): Promise<Response> {
    let attempt = 0;
    const contentType = type === 'json' ? 'application/json' : 'application/x-www-form-urlencoded';
    return retrying(() => {
      const headers: Record<string, string> = attempt > 0 ? { 'x-slack-retry-num': String(attempt) } : {};
      attempt += 1;
      return postSigned(`${this.base}/slack/events`, body, contentType, { secret: SLACK_SECRET, headers });
    });
  }

  private async sendOk(body: string, type: 'json' | 'form'): Promise<void> {
    const answer = await this.send(body, type);
    if (answer.status !== 200) throw new Error(`/slack/events answered ${answer.status}: ${await answer.text()}`);
  }

  private thread(): Posted[] {
    return this.slack.thread(this.threadTs) as Posted[];
  }

  async start(): Promise<BotTurn> {
    const body = commandBody({
      command: '/tas-screen',
      text: '',
      user_id: this.user,
      user_name: `staff-${this.user}`,
      channel_id: this.slackChannel,
      trigger_id: 'trigger',
      response_url: `${this.slack.url}response`,
    });
    const started = await this.send(body, 'form');
    if (started.status !== 200) throw new Error(`/tas-screen answered ${started.status}: ${await started.text()}`);
    for (let waited = 0; !this.threadTs; waited += 50) {
      if (waited > 90_000) throw new Error('no screening thread');
      const root = this.slack.posted().findLast((m) => m.channel === this.slackChannel && m.thread_ts === undefined);
      if (root) this.threadTs = root.ts;
      else await sleep(50);
    }
    return this.waitTurn(0, this.world.generation);
  }

  async answer(prompt: NonNullable<BotTurn['prompt']>, answer: Answer, copies: Copies): Promise<BotTurn> {
    const before = this.thread().length;
    const generation = this.world.generation;
    const question = this.thread().findLast((m) => isPrompt(m) && metaOf(m)?.event_payload?.slot === prompt.slot);
    if (answer.kind === 'click' && question) {
      const clicks =
        copies === 'double-click'
          ? [this.click(question, answer.value), this.click(question, answer.value)]
          : [this.click(question, answer.value)];
      if (copies === 'repeat') clicks.push(clicks[0] as string);
      await Promise.all(clicks.map((body) => this.sendOk(body, 'form')));
    } else {
      const text = answer.kind === 'type' ? answer.text : answer.value;
      const event = this.reply(text);
      await Promise.all((copies === 'none' ? [event] : [event, event]).map((body) => this.sendOk(body, 'json')));
    }
    return this.waitTurn(before, generation);
  }

  private reply(text: string): string {
    return eventBody(`Ev${randomUUID()}`, {
      type: 'message',
      channel: this.slackChannel,
      channel_type: 'channel',
      user: this.user,
      text,
      ts: `${Math.floor(Date.now() / 1000)}.${randomUUID().slice(0, 6)}`,
      thread_ts: this.threadTs,
      parent_user_id: 'UBOT',
    });
  }

  private click(question: Posted, value: string): string {
    const element = blocksOf(question)
      .flatMap((b) => (b.elements ?? []).map((e) => ({ block: b.block_id, element: e })))
      .find((found) => found.element.value === value);
    if (!element) throw new Error(`no button ${value}`);
    return actionBody({
      user: { id: this.user, username: `staff-${this.user}`, team_id: 'T1' },
      channel: { id: this.slackChannel, name: 'screening' },
      container: { type: 'message', message_ts: question.ts, channel_id: this.slackChannel, thread_ts: this.threadTs },
      message: {
        type: 'message',
        user: 'UBOT',
        ts: question.ts,
        text: question.text,
        blocks: question.blocks,
        thread_ts: this.threadTs,
      },
      trigger_id: 'trigger',
      response_url: `${this.slack.url}response`,
      actions: [{ type: 'button', block_id: element.block, action_ts: String(Date.now() / 1000), ...element.element }],
    });
  }

  /**
   * Waits for the thread to show a question or the end after `before` messages. When the server restarted
   * since the answer was sent and nothing came for a while, the answer or its reply died with the process:
   * asks for help (once per restart), which repeats the open question without changing anything.
   */
  private async waitTurn(before: number, sentIn: number): Promise<BotTurn> {
    let helpedIn = sentIn;
    const deadline = Date.now() + 90_000;
    for (let since = Date.now(); Date.now() < deadline; await sleep(50)) {
      const last = this.thread()
        .slice(before)
        .findLast((m) => isPrompt(m) || isEnd(m));
      if (last) return isPrompt(last) ? this.turnFrom(last) : this.endFrom(before);
      if (this.world.generation !== helpedIn && Date.now() - since > 4_000) {
        helpedIn = this.world.generation;
        since = Date.now();
        this.recoveries += 1;
        await this.sendOk(this.reply('help'), 'json');
      }
    }
    throw new Error(`no answer in Slack thread ${this.threadTs}`);
  }

  /** The end of the screening, with the id of the hand-off the thread confirmed, if any. */
  private endFrom(before: number): BotTurn {
    const meta = this.thread()
      .slice(before)
      .map(metaOf)
      .find((m) => m?.event_type === 'tas_handoff') as { event_payload?: { id?: string } } | undefined;
    const handoffId = meta?.event_payload?.id;
    return handoffId ? { ended: true, handoffId } : { ended: true };
  }

  private turnFrom(question: Posted): BotTurn {
    const buttons = blocksOf(question).flatMap((b) => b.elements ?? []);
    const choices = buttons
      .filter((b) => b.action_id?.startsWith('tas_choice_'))
      .map((b) => ({ value: b.value ?? '', label: b.text?.text ?? '' }));
    return { ended: false, prompt: { slot: metaOf(question)?.event_payload?.slot ?? '', choices } };
  }
}
