import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createServerApp } from '../../../adapters/server/app.js';

const servers: { close(): void }[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** The client address the app sees for a request that says it was forwarded for 203.0.113.9. */
async function seenAddress(trustProxy?: number | string): Promise<string> {
  const app = createServerApp({}, trustProxy);
  app.get('/ip', (req, res) => {
    res.json({ ip: req.ip });
  });
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  servers.push(server);
  const { port } = server.address() as AddressInfo;
  const answer = await fetch(`http://127.0.0.1:${port}/ip`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
  return ((await answer.json()) as { ip: string }).ip;
}

describe('createServerApp behind a proxy', () => {
  it('takes the client address from X-Forwarded-For only when the proxy is trusted', async () => {
    expect(await seenAddress()).not.toBe('203.0.113.9');
    expect(await seenAddress(1)).toBe('203.0.113.9');
    expect(await seenAddress('loopback')).toBe('203.0.113.9');
    expect(await seenAddress('10.0.0.0/8')).not.toBe('203.0.113.9');
  });
});
