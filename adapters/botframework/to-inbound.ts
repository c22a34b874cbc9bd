import type { InboundMessage, UserInput } from '../../src/index.js';

/** The parts of a Bot Framework activity the adapter reads; plain data, so tests need no SDK. */
export type InboundActivity = {
  type: string;
  id?: string | undefined;
  channelId: string;
  text?: string | undefined;
  value?: unknown;
  timestamp?: Date | string | undefined;
  from?: { id: string; name?: string | undefined } | undefined;
  recipient?: { id: string } | undefined;
  conversation: { id: string; conversationType?: string | undefined };
  membersAdded?: { id: string }[] | undefined;
};

/** Pure: the core's channel name for a Bot Framework channel id. */
export function channelOf(channelId: string): InboundMessage['channel'] {
  switch (channelId) {
    case 'directline':
    case 'webchat':
    case 'emulator':
      return 'web';
    case 'msteams':
      return 'teams';
    default:
      return 'other';
  }
}

/**
 * Pure: the core's conversation key. Prefixed by channel so keys never collide; in a group chat or a
 * Teams channel each person gets their own screening, since one screening is about one person.
 */
export function conversationKeyOf(activity: InboundActivity): string {
  const channel = channelOf(activity.channelId);
  const prefix = channel === 'other' ? `bf-${activity.channelId}` : channel;
  const person = isShared(activity) && activity.from ? `:${activity.from.id}` : '';
  return `${prefix}:${activity.conversation.id}${person}`;
}

/** Pure: the value a button sent back, from a suggested action (messageBack) or a card's submit data. */
function choiceOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('choice' in value)) return undefined;
  const choice: unknown = value.choice;
  return typeof choice === 'string' && choice !== '' ? choice : undefined;
}

/** Pure: the question a button belonged to (see toActivities), or undefined. */
function promptOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('prompt' in value)) return undefined;
  const prompt: unknown = value.prompt;
  return typeof prompt === 'string' && prompt !== '' && prompt.length <= 256 ? prompt : undefined;
}

/**
 * Pure: the delivery id the core dedupes by: the activity id (a redelivery repeats it) or, for a click,
 * the question clicked, so a double click or a click on an answered question counts once.
 */
function deliveryIdOf(activity: InboundActivity, input: UserInput): string | undefined {
  const prompt = input.kind === 'choice' ? promptOf(activity.value) : undefined;
  if (prompt) return `${activity.channelId}:prompt:${prompt}`;
  return activity.id ? `${activity.channelId}:${activity.id}` : undefined;
}

/** Pure: the typed words, without Teams' `<at>Bot</at>` mention of the bot. */
function typedTextOf(text: string | undefined): string {
  return (text ?? '').replace(/<at>[^<]*<\/at>/g, '').trim();
}

/** Pure: whether the conversation is shared by several people (a group chat or a Teams channel). */
function isShared(activity: InboundActivity): boolean {
  const type = activity.conversation.conversationType;
  return type === 'groupChat' || type === 'channel';
}

/**
 * Pure: whether a conversationUpdate means a visitor has just arrived and should be greeted. Never in a
 * shared conversation: people joining a team or group did not ask for a screening; they mention the bot.
 */
function isArrival(activity: InboundActivity): boolean {
  if (isShared(activity)) return false;
  const added = activity.membersAdded ?? [];
  const botId = activity.recipient?.id;
  if (added.some((member) => member.id !== botId)) return true;
  // Teams adds only the bot when a person installs it in a personal chat: greet them then.
  return activity.channelId === 'msteams' && activity.conversation.conversationType === 'personal' && added.length > 0;
}

/** Pure: what the person did, or undefined when the activity asks nothing of the core. */
function inputOf(activity: InboundActivity): UserInput | undefined {
  if (activity.type === 'conversationUpdate') return isArrival(activity) ? { kind: 'start' } : undefined;
  if (activity.type !== 'message') return undefined;
  const choice = choiceOf(activity.value);
  if (choice !== undefined) return { kind: 'choice', value: choice };
  const text = typedTextOf(activity.text);
  return text === '' ? undefined : { kind: 'text', text };
}

/** Pure: maps an activity to the core's message; undefined for activities the core has no use for. */
export function toInbound(activity: InboundActivity, receivedAt: number): InboundMessage | undefined {
  const input = inputOf(activity);
  if (!input) return undefined;
  const stamped = activity.timestamp === undefined ? Number.NaN : new Date(activity.timestamp).getTime();
  const message: InboundMessage = {
    conversationId: conversationKeyOf(activity),
    channel: channelOf(activity.channelId),
    input,
    at: Number.isFinite(stamped) ? stamped : receivedAt,
  };
  if (activity.from) {
    message.user = activity.from.name ? { id: activity.from.id, name: activity.from.name } : { id: activity.from.id };
  }
  const deliveryId = deliveryIdOf(activity, input);
  if (deliveryId) message.deliveryId = deliveryId;
  return message;
}
