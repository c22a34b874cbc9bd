import { afterEach, describe, expect, it } from 'vitest';
import { renderWidgetScript } from '../../../adapters/server/web-routes.js';
import { makeFakeCore } from '../botframework/fixtures.js';
import { startTestServer, type TestServer } from './test-server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('the web routes', () => {
  it('serves the firm page with the widget snippet', async () => {
    server = await startTestServer(makeFakeCore());
    const page = await fetch(`${server.url}/`);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('<script src="/widget.js"');
    expect(html).toContain('<main id="main">');
  });

  it('serves the widget with the server’s Direct Line settings filled in', async () => {
    server = await startTestServer(makeFakeCore());
    const script = await (await fetch(`${server.url}/widget.js`)).text();
    expect(script).toContain('{"localDirectLine":true}');
    expect(script).not.toContain('SERVER_CONFIG');
  });

  it('serves the installed Web Chat bundle, not a CDN', async () => {
    server = await startTestServer(makeFakeCore());
    const bundle = await fetch(`${server.url}/webchat/webchat.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toContain('javascript');
    expect(Number(bundle.headers.get('content-length'))).toBeGreaterThan(1_000_000);
    await bundle.body?.cancel();
  });

  it('answers /healthz and a JSON 404', async () => {
    server = await startTestServer(makeFakeCore());
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const missing = await fetch(`${server.url}/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'not-found' });
  });
});

describe('renderWidgetScript', () => {
  it('replaces the placeholder with the settings', () => {
    const source = 'const serverConfig = /*SERVER_CONFIG*/ { localDirectLine: true };';
    expect(renderWidgetScript(source, { localDirectLine: false, directLineDomain: 'https://dl.example' })).toBe(
      'const serverConfig = {"localDirectLine":false,"directLineDomain":"https://dl.example"};',
    );
  });

  it('fails loudly when the placeholder is gone', () => {
    expect(() => renderWidgetScript('const serverConfig = {};', { localDirectLine: true })).toThrow(/SERVER_CONFIG/);
  });
});
