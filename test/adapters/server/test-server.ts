import type { AddressInfo } from 'node:net';
import type { ScreeningCore } from '../../../adapters/botframework/screening-bot.js';
import { createServerApp, finishServerApp, selfOrigin } from '../../../adapters/server/app.js';
import { mountWebChat, type WebChatSettings } from '../../../adapters/server/web-chat.js';
import { type Logger, nullLogger } from '../../../src/log/logger.js';

export type TestServer = { url: string; close(): Promise<void> };

const openSettings: WebChatSettings = {
  microsoftAppId: undefined,
  microsoftAppPassword: undefined,
  microsoftAppType: 'MultiTenant',
  microsoftAppTenantId: undefined,
  directLineSecret: undefined,
  directLineDomain: undefined,
};

/** Starts the website chat on a free loopback port, the way main.ts wires it. */
export async function startTestServer(
  core: ScreeningCore,
  settings: Partial<WebChatSettings> = {},
  logger: Logger = nullLogger,
): Promise<TestServer> {
  let origin = '';
  const app = createServerApp();
  mountWebChat(app, { core, logger, settings: { ...openSettings, ...settings }, origin: () => origin });
  finishServerApp(app, logger);
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  origin = selfOrigin('127.0.0.1', (server.address() as AddressInfo).port);
  return {
    url: origin,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
