import type { UserInput } from '../../src/index.js';

/** Where a screening's messages go: a DM, or a thread under the bot's root message. */
export type SlackTarget = { channel: string; threadTs?: string };

/** One person's action in Slack, as the core should see it, and where to answer. */
export type SlackTurn = {
  conversationId: string;
  target: SlackTarget;
  input: UserInput;
  userId: string;
  userName?: string;
  /** Slack's id for this delivery (event, clicked question, started thread): repeats are answered once. */
  deliveryId: string;
};

/** The fields of a message event this adapter reads. */
export type SlackMessageEvent = {
  channel: string;
  channel_type?: string;
  user?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  parent_user_id?: string;
  bot_id?: string;
  subtype?: string;
};

/** What the adapter knows about its own workspace. */
export type SlackContext = { botUserId: string; handoffChannel: string | undefined };

/** Pure: the core's conversation id for a Slack DM or thread; the prefix keeps ids from colliding across channels. */
export function conversationIdFor(target: SlackTarget): string {
  return target.threadTs ? `slack:${target.channel}:${target.threadTs}` : `slack:${target.channel}`;
}

/** Pure: where a conversation's messages go, from its id; undefined for an id that is not Slack's. */
export function targetOf(conversationId: string): SlackTarget | undefined {
  const [prefix, channel, threadTs, ...rest] = conversationId.split(':');
  if (prefix !== 'slack' || !channel || rest.length > 0) return undefined;
  return threadTs ? { channel, threadTs } : { channel };
}

/** Pure: Slack's message text as the person typed it: mentions of the bot dropped, entities decoded. */
export function plainText(text: string, botUserId: string): string {
  return text
    .replaceAll(`<@${botUserId}>`, '')
    .replace(/<(?:mailto:)?([^|>]+)\|([^>]+)>/g, '$2') // <mailto:a@b.c|a@b.c>, <http://x|x>
    .replace(/<([^@#!][^>]*)>/g, '$1') // bare links
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
    .trim();
}

/**
 * Pure: a message event as a screening turn, or undefined when it is not one: our own and other bots'
 * messages, edits and joins, the hand-off channel, channel messages outside a thread the bot started.
 */
export function messageToTurn(event: SlackMessageEvent, eventId: string, ctx: SlackContext): SlackTurn | undefined {
  if (event.bot_id || event.subtype || !event.user || event.user === ctx.botUserId) return undefined;
  if (event.channel === ctx.handoffChannel) return undefined;
  const isReply = event.thread_ts !== undefined && event.thread_ts !== event.ts;
  let target: SlackTarget;
  if (isReply && event.parent_user_id === ctx.botUserId)
    target = { channel: event.channel, threadTs: event.thread_ts as string };
  else if (!isReply && event.channel_type === 'im') target = { channel: event.channel };
  else return undefined;
  const text = plainText(event.text ?? '', ctx.botUserId);
  if (text === '') return undefined;
  return {
    conversationId: conversationIdFor(target),
    target,
    input: { kind: 'text', text },
    userId: event.user,
    deliveryId: `slack-event:${eventId}`,
  };
}

/** The fields of a block_actions payload this adapter reads for a choice button. */
export type ChoiceClick = {
  user: { id: string; name?: string | undefined };
  channelId: string;
  messageTs: string;
  threadTs?: string | undefined;
  value: string;
};

/**
 * Pure: a clicked choice button as a screening turn. The delivery id is the question's message, so a
 * double click or a click on an answered question counts once.
 */
export function choiceToTurn(click: ChoiceClick): SlackTurn {
  const target: SlackTarget = click.threadTs
    ? { channel: click.channelId, threadTs: click.threadTs }
    : { channel: click.channelId };
  const turn: SlackTurn = {
    conversationId: conversationIdFor(target),
    target,
    input: { kind: 'choice', value: click.value },
    userId: click.user.id,
    deliveryId: `slack-prompt:${click.channelId}:${click.messageTs}`,
  };
  if (click.user.name) turn.userName = click.user.name;
  return turn;
}
