import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isSignedBySlack, parseSlackBody, slackPayloadSchema } from '../../../adapters/server/slack-guard.js';

const SECRET = 'guard-secret';
const sign = (body: string, timestamp: number, secret = SECRET) =>
  `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;

describe('isSignedBySlack', () => {
  const now = 1_700_000_000;
  const body = '{"type":"event_callback"}';
  const check = (timestamp: unknown, signature: unknown, at = now) =>
    isSignedBySlack(Buffer.from(body), { timestamp, signature }, SECRET, at);

  it('accepts Slack’s v0 signature made within five minutes', () => {
    expect(check(String(now), sign(body, now))).toBe(true);
    expect(check(String(now - 299), sign(body, now - 299))).toBe(true);
  });

  it('refuses another secret, an old or future timestamp, and missing or odd headers', () => {
    expect(check(String(now), sign(body, now, 'other'))).toBe(false);
    expect(check(String(now - 301), sign(body, now - 301))).toBe(false);
    expect(check(String(now + 301), sign(body, now + 301))).toBe(false);
    expect(check(undefined, sign(body, now))).toBe(false);
    expect(check(String(now), undefined)).toBe(false);
    expect(check('1e9', sign(body, now))).toBe(false);
    expect(check(String(now), 'v0=short')).toBe(false);
  });
});

describe('parseSlackBody', () => {
  it('reads a form’s JSON payload, a plain form, or JSON, as Bolt does', () => {
    const form = 'application/x-www-form-urlencoded';
    expect(parseSlackBody('payload=%7B%22type%22%3A%22block_actions%22%7D', form)).toEqual({ type: 'block_actions' });
    expect(parseSlackBody('command=%2Ftas-screen&channel_id=C1', form)).toEqual({
      command: '/tas-screen',
      channel_id: 'C1',
    });
    expect(parseSlackBody('{"type":"url_verification"}', 'application/json')).toEqual({ type: 'url_verification' });
    expect(() => parseSlackBody('{', 'application/json')).toThrow();
  });
});

describe('slackPayloadSchema', () => {
  const accepts = (payload: unknown) => slackPayloadSchema.safeParse(payload).success;

  it('accepts what the app subscribes to', () => {
    expect(accepts({ type: 'url_verification', challenge: 'abc' })).toBe(true);
    expect(accepts({ ssl_check: '1', token: 'x' })).toBe(true);
    expect(
      accepts({ type: 'event_callback', event_id: 'Ev1', event: { type: 'message', channel: 'D1', user: 'U1' } }),
    ).toBe(true);
    expect(accepts({ type: 'event_callback', event_id: 'Ev1', event: { type: 'app_home_opened', user: 'U1' } })).toBe(
      true,
    );
    expect(accepts({ command: '/tas-screen', channel_id: 'C1', user_id: 'U1' })).toBe(true);
    expect(accepts({ type: 'block_actions', user: { id: 'U1' }, actions: [{ action_id: 'tas_choice_2' }] })).toBe(true);
    expect(accepts({ type: 'block_actions', user: { id: 'U1' }, actions: [{ action_id: 'tas_claim' }] })).toBe(true);
  });

  it('refuses events, commands, actions and payload types it never asked for', () => {
    expect(accepts({ type: 'event_callback', event_id: 'Ev1', event: { type: 'reaction_added' } })).toBe(false);
    expect(accepts({ command: '/other', channel_id: 'C1', user_id: 'U1' })).toBe(false);
    expect(accepts({ type: 'block_actions', user: { id: 'U1' }, actions: [{ action_id: 'other' }] })).toBe(false);
    expect(accepts({ type: 'view_submission', user: { id: 'U1' } })).toBe(false);
    expect(accepts({ type: 'shortcut' })).toBe(false);
    expect(accepts(null)).toBe(false);
    expect(accepts([])).toBe(false);
  });
});
