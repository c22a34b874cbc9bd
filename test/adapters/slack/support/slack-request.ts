import { createHmac } from 'node:crypto';

/** Slack's v0 request signature over `v0:<timestamp>:<body>`. */
export function signSlackBody(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

type SendOptions = { secret: string; timestamp?: number; signature?: string; headers?: Record<string, string> };

/** POSTs a correctly signed (unless told otherwise) request to a Slack endpoint. */
export async function postSigned(
  url: string,
  body: string,
  contentType: 'application/json' | 'application/x-www-form-urlencoded',
  options: SendOptions,
): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = options.signature ?? signSlackBody(options.secret, timestamp, body);
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
      ...options.headers,
    },
    body,
  });
}

/** An Events API envelope around `event`. */
export function eventBody(eventId: string, event: Record<string, unknown>): string {
  return JSON.stringify({
    token: 'unused',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
    event,
  });
}

/** A slash command's form body. */
export function commandBody(fields: Record<string, string>): string {
  return new URLSearchParams({ token: 'unused', team_id: 'T1', api_app_id: 'A1', ...fields }).toString();
}

/** An interactivity (block_actions) form body. */
export function actionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({
    payload: JSON.stringify({ type: 'block_actions', team: { id: 'T1' }, api_app_id: 'A1', ...payload }),
  }).toString();
}
