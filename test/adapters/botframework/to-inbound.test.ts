import { describe, expect, it } from 'vitest';
import { channelOf, type InboundActivity, toInbound } from '../../../adapters/botframework/to-inbound.js';

function makeActivity(overrides: Partial<InboundActivity> = {}): InboundActivity {
  return {
    type: 'message',
    id: 'a-1',
    channelId: 'directline',
    text: 'hello',
    from: { id: 'visitor-1', name: 'Ana' },
    recipient: { id: 'bot' },
    conversation: { id: 'conv-1' },
    timestamp: '2025-03-03T15:00:00.000Z',
    ...overrides,
  };
}

describe('toInbound', () => {
  it('maps typed words to a text input on a web conversation', () => {
    expect(toInbound(makeActivity({ text: '  they took my pay ' }), 0)).toEqual({
      conversationId: 'web:conv-1',
      channel: 'web',
      input: { kind: 'text', text: 'they took my pay' },
      at: Date.parse('2025-03-03T15:00:00.000Z'),
      user: { id: 'visitor-1', name: 'Ana' },
      deliveryId: 'directline:a-1',
    });
  });

  it('maps a button value to a choice input, whatever text came with it', () => {
    const message = toInbound(makeActivity({ text: 'A late refund', value: { choice: 'refund_delay' } }), 0);
    expect(message?.input).toEqual({ kind: 'choice', value: 'refund_delay' });
  });

  it('dedupes a click by the question it answers, so a double click counts once', () => {
    const first = toInbound(makeActivity({ id: 'a-7', value: { choice: 'yes', prompt: 'a-5' } }), 0);
    const second = toInbound(makeActivity({ id: 'a-8', value: { choice: 'no', prompt: 'a-5' } }), 0);
    expect(first?.deliveryId).toBe('directline:prompt:a-5');
    expect(second?.deliveryId).toBe(first?.deliveryId);
  });

  it('treats a value without a choice as typed text', () => {
    expect(toInbound(makeActivity({ text: 'yes', value: { other: 1 } }), 0)?.input).toEqual({
      kind: 'text',
      text: 'yes',
    });
  });

  it('ignores empty messages, typing and events', () => {
    expect(toInbound(makeActivity({ text: '   ' }), 0)).toBeUndefined();
    expect(toInbound(makeActivity({ type: 'typing' }), 0)).toBeUndefined();
    expect(toInbound(makeActivity({ type: 'event' }), 0)).toBeUndefined();
  });

  it('starts the screening when a visitor joins, not when only the bot does', () => {
    const visitorJoins = makeConversationUpdate([{ id: 'bot' }, { id: 'visitor-1' }]);
    const botJoins = makeConversationUpdate([{ id: 'bot' }]);
    expect(toInbound(visitorJoins, 0)?.input).toEqual({ kind: 'start' });
    expect(toInbound(botJoins, 0)).toBeUndefined();
  });

  it('greets a Teams user who installs the bot in a personal chat', () => {
    const installed = makeConversationUpdate([{ id: 'bot' }], {
      channelId: 'msteams',
      conversation: { id: 'a:1', conversationType: 'personal' },
    });
    expect(toInbound(installed, 0)).toMatchObject({ conversationId: 'teams:a:1', input: { kind: 'start' } });
  });

  it('does not greet people added to a Teams channel or group chat', () => {
    const joined = makeConversationUpdate([{ id: 'someone' }], {
      channelId: 'msteams',
      conversation: { id: '19:team', conversationType: 'channel' },
    });
    expect(toInbound(joined, 0)).toBeUndefined();
  });

  it('gives each person in a Teams group chat their own screening and drops the @mention', () => {
    const message = toInbound(
      makeActivity({
        channelId: 'msteams',
        text: '<at>Screening</at> my refund is late',
        conversation: { id: '19:chat', conversationType: 'groupChat' },
      }),
      0,
    );
    expect(message).toMatchObject({
      conversationId: 'teams:19:chat:visitor-1',
      channel: 'teams',
      input: { kind: 'text', text: 'my refund is late' },
    });
  });

  it('prefixes other Bot Framework channels with their channel id', () => {
    expect(toInbound(makeActivity({ channelId: 'sms' }), 0)).toMatchObject({
      conversationId: 'bf-sms:conv-1',
      channel: 'other',
    });
  });

  it('uses the arrival time when the activity has no usable timestamp', () => {
    expect(toInbound(makeActivity({ timestamp: undefined }), 1234)?.at).toBe(1234);
  });
});

describe('channelOf', () => {
  it('knows Web Chat, Direct Line, the Emulator and Teams', () => {
    expect([channelOf('webchat'), channelOf('directline'), channelOf('emulator'), channelOf('msteams')]).toEqual([
      'web',
      'web',
      'web',
      'teams',
    ]);
  });
});

function makeConversationUpdate(
  membersAdded: { id: string }[],
  overrides: Partial<InboundActivity> = {},
): InboundActivity {
  return makeActivity({ type: 'conversationUpdate', text: undefined, membersAdded, ...overrides });
}
