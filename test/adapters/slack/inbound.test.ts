import { describe, expect, it } from 'vitest';
import { choiceToTurn, conversationIdFor, messageToTurn, plainText } from '../../../adapters/slack/inbound.js';

const ctx = { botUserId: 'UBOT', handoffChannel: 'CHAND' };
const message = (fields: Record<string, unknown>) => ({
  channel: 'C1',
  user: 'U1',
  text: 'hi there',
  ts: '2.0',
  ...fields,
});

describe('messageToTurn', () => {
  it('takes a reply in a thread the bot started as typed text for that thread', () => {
    const turn = messageToTurn(message({ thread_ts: '1.0', parent_user_id: 'UBOT' }), 'Ev1', ctx);
    expect(turn).toEqual({
      conversationId: 'slack:C1:1.0',
      target: { channel: 'C1', threadTs: '1.0' },
      input: { kind: 'text', text: 'hi there' },
      userId: 'U1',
      deliveryId: 'slack-event:Ev1',
    });
  });

  it('takes a direct message as typed text for the DM', () => {
    const turn = messageToTurn(message({ channel: 'D1', channel_type: 'im' }), 'Ev2', ctx);
    expect(turn?.conversationId).toBe('slack:D1');
    expect(turn?.target).toEqual({ channel: 'D1' });
  });

  it('ignores bots, edits, the hand-off channel, other threads and plain channel chatter', () => {
    expect(messageToTurn(message({ bot_id: 'B1', channel_type: 'im' }), 'E', ctx)).toBeUndefined();
    expect(messageToTurn(message({ subtype: 'message_changed', channel_type: 'im' }), 'E', ctx)).toBeUndefined();
    expect(messageToTurn(message({ user: 'UBOT', channel_type: 'im' }), 'E', ctx)).toBeUndefined();
    expect(
      messageToTurn(message({ channel: 'CHAND', thread_ts: '1.0', parent_user_id: 'UBOT' }), 'E', ctx),
    ).toBeUndefined();
    expect(messageToTurn(message({ thread_ts: '1.0', parent_user_id: 'U9' }), 'E', ctx)).toBeUndefined();
    expect(messageToTurn(message({ channel_type: 'channel' }), 'E', ctx)).toBeUndefined();
    expect(messageToTurn(message({ channel_type: 'im', text: '<@UBOT>' }), 'E', ctx)).toBeUndefined();
  });
});

describe('plainText', () => {
  it('drops the bot mention and decodes Slack entities and links', () => {
    expect(plainText('<@UBOT> I owe &lt;$5k &amp; got <mailto:a@b.co|a@b.co>', 'UBOT')).toBe('I owe <$5k & got a@b.co');
  });
});

describe('choiceToTurn', () => {
  it('sends the button value as a choice, once per question message', () => {
    const turn = choiceToTurn({ user: { id: 'U1' }, channelId: 'C1', messageTs: '3.0', threadTs: '1.0', value: 'yes' });
    expect(turn).toMatchObject({
      conversationId: 'slack:C1:1.0',
      input: { kind: 'choice', value: 'yes' },
      deliveryId: 'slack-prompt:C1:3.0',
    });
  });
});

describe('conversationIdFor', () => {
  it('prefixes with the channel so ids never collide with other channels', () => {
    expect(conversationIdFor({ channel: 'D1' })).toBe('slack:D1');
  });
});
