import { describe, expect, it } from 'vitest';
import {
  botActivitySchema,
  directLineActivitySchema,
  directLineConversationOf,
} from '../../../adapters/server/activity-guards.js';

const activity = {
  type: 'message',
  id: 'a1',
  channelId: 'directline',
  serviceUrl: 'http://127.0.0.1:3978/v3/directline/connector',
  conversation: { id: 'c1' },
  from: { id: 'u1' },
  recipient: { id: 'bot' },
  text: 'hello',
};

describe('botActivitySchema', () => {
  const accepts = (value: unknown) => botActivitySchema.safeParse(value).success;

  it('accepts a message, a conversationUpdate and other harmless types, extra fields included', () => {
    expect(accepts(activity)).toBe(true);
    expect(accepts({ ...activity, type: 'conversationUpdate', membersAdded: [{ id: 'u1' }], entities: [{}] })).toBe(
      true,
    );
    expect(accepts({ ...activity, type: 'typing' })).toBe(true);
  });

  it('refuses unknown types, invokes (botbuilder would answer 501) and missing or wrong fields', () => {
    expect(accepts({ ...activity, type: 'invoke' })).toBe(false);
    expect(accepts({ ...activity, type: 'whatever' })).toBe(false);
    expect(accepts({ ...activity, serviceUrl: 'javascript:alert(1)' })).toBe(false);
    expect(accepts({ ...activity, serviceUrl: undefined })).toBe(false);
    expect(accepts({ ...activity, conversation: 'c1' })).toBe(false);
    expect(accepts({ ...activity, conversation: { id: 'x'.repeat(600) } })).toBe(false);
    expect(accepts({ ...activity, text: 42 })).toBe(false);
    expect(accepts({ ...activity, membersAdded: Array.from({ length: 101 }, () => ({ id: 'u' })) })).toBe(false);
  });
});

describe('directLineActivitySchema', () => {
  const accepts = (value: unknown) => directLineActivitySchema.safeParse(value).success;

  it('accepts what Web Chat posts: a typed message, a button with its value, an event', () => {
    expect(
      accepts({
        type: 'message',
        text: 'hi',
        from: { id: 'v', name: 'V', role: 'user' },
        channelData: { clientActivityID: 'x' },
      }),
    ).toBe(true);
    expect(accepts({ type: 'message', text: 'Yes', value: { choice: 'yes' } })).toBe(true);
    expect(accepts({ type: 'event', name: 'webchat/join' })).toBe(true);
  });

  it('refuses other types, a text over 10,000 characters and wrong field types', () => {
    expect(accepts({ type: 'conversationUpdate' })).toBe(false);
    expect(accepts({ type: 'message', text: 'x'.repeat(10_001) })).toBe(false);
    expect(accepts({ type: 'message', text: ['a'] })).toBe(false);
    expect(accepts({ type: 'message', channelData: { clientActivityID: 5 } })).toBe(false);
  });
});

describe('directLineConversationOf', () => {
  it('finds the conversation a path names', () => {
    expect(directLineConversationOf('/conversations/abc/activities')).toBe('abc');
    expect(directLineConversationOf('/conversations/abc')).toBe('abc');
    expect(directLineConversationOf('/conversations')).toBeUndefined();
    expect(directLineConversationOf('/tokens/generate')).toBeUndefined();
  });
});
