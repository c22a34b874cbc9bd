import { describe, expect, it } from 'vitest';
import { ReusedClientsAuthentication } from '../../../adapters/botframework/reused-clients.js';

/** An open bot's settings: no app id, so requests need no token. */
function makeOpenAuthentication(): ReusedClientsAuthentication {
  return new ReusedClientsAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '' });
}

function makeActivity(serviceUrl: string) {
  return { type: 'message', channelId: 'directline', serviceUrl, conversation: { id: 'c-1' } } as Parameters<
    ReusedClientsAuthentication['authenticateRequest']
  >[0];
}

async function connectorFor(auth: ReusedClientsAuthentication, serviceUrl: string) {
  const result = await auth.authenticateRequest(makeActivity(serviceUrl), '');
  return result.connectorFactory?.create(serviceUrl, result.audience);
}

describe('ReusedClientsAuthentication', () => {
  it('reuses one connector client per service URL across requests', async () => {
    const auth = makeOpenAuthentication();
    const first = await connectorFor(auth, 'http://127.0.0.1:3978');
    const again = await connectorFor(auth, 'http://127.0.0.1:3978');
    expect(first).toBeDefined();
    expect(again).toBe(first);
  });

  it('builds another connector client for another service URL', async () => {
    const auth = makeOpenAuthentication();
    const one = await connectorFor(auth, 'http://127.0.0.1:3978');
    const two = await connectorFor(auth, 'http://127.0.0.1:3979');
    expect(two).not.toBe(one);
  });

  it('reuses the user token client of an app id', async () => {
    const auth = makeOpenAuthentication();
    const { claimsIdentity } = await auth.authenticateRequest(makeActivity('http://127.0.0.1:3978'), '');
    const first = await auth.createUserTokenClient(claimsIdentity);
    expect(await auth.createUserTokenClient(claimsIdentity)).toBe(first);
  });

  it('still refuses a request without a token when an app id is set', async () => {
    const auth = new ReusedClientsAuthentication({
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'x',
    });
    await expect(auth.authenticateRequest(makeActivity('https://smba.trafficmanager.net/amer/'), '')).rejects.toThrow();
  });
});
