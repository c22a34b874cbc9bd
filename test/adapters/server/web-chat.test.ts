import { afterEach, describe, expect, it } from 'vitest';
import { selfOrigin } from '../../../adapters/server/app.js';
import { directLineModeOf, type WebChatSettings } from '../../../adapters/server/web-chat.js';
import { makeFakeCore } from '../botframework/fixtures.js';
import { startTestServer, type TestServer } from './test-server.js';

const none: WebChatSettings = {
  microsoftAppId: undefined,
  microsoftAppPassword: undefined,
  microsoftAppType: 'MultiTenant',
  microsoftAppTenantId: undefined,
  directLineSecret: undefined,
  directLineDomain: undefined,
};

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('directLineModeOf', () => {
  it('runs the local stand-in with no settings, Azure with a secret, none with only an app id', () => {
    expect(directLineModeOf(none)).toBe('local');
    expect(directLineModeOf({ ...none, directLineSecret: 's' })).toBe('azure');
    expect(directLineModeOf({ ...none, microsoftAppId: 'id' })).toBe('none');
  });
});

describe('mountWebChat', () => {
  it('still serves the page but no tokens when an app id is set without a Direct Line secret', async () => {
    server = await startTestServer(makeFakeCore(), { microsoftAppId: '00000000-0000-0000-0000-000000000001' });
    expect((await fetch(`${server.url}/`)).status).toBe(200);
    expect((await fetch(`${server.url}/api/directline/token`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${server.url}/v3/directline/conversations`, { method: 'POST' })).status).toBe(404);
  });
});

describe('selfOrigin', () => {
  it('reaches a wildcard bind on loopback and brackets IPv6', () => {
    expect(selfOrigin('0.0.0.0', 3978)).toBe('http://127.0.0.1:3978');
    expect(selfOrigin('::1', 80)).toBe('http://[::1]:80');
    expect(selfOrigin('127.0.0.1', 5)).toBe('http://127.0.0.1:5');
  });
});
