import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Response, Router } from 'express';
import { webAssetsDir, webChatBundlePath } from './web-assets.js';

/** What the widget needs to know about the server it came from. */
export type WidgetConfig = { localDirectLine: boolean; directLineDomain?: string | undefined };

const CONFIG_MARKER = /\/\*SERVER_CONFIG\*\/ \{[^}]*\}/;

/** Pure: the widget script with the server's settings in place of its placeholder. */
export function renderWidgetScript(source: string, config: WidgetConfig): string {
  if (!CONFIG_MARKER.test(source)) throw new Error('widget.js has lost its SERVER_CONFIG placeholder');
  return source.replace(CONFIG_MARKER, JSON.stringify(config));
}

function sendText(res: Response, type: string, body: string, maxAge: number): void {
  res.type(type).set('cache-control', `public, max-age=${maxAge}`).send(body);
}

/**
 * The firm's demo page (`GET /`), its styles, the embeddable snippet (`GET /widget.js`) and the installed
 * Web Chat bundle (`GET /webchat/webchat.js`): nothing is fetched from a CDN.
 */
export function createWebRouter(config: WidgetConfig): Router {
  const dir = webAssetsDir();
  const read = (name: string): string => readFileSync(join(dir, name), 'utf8');
  const files = {
    page: read('index.html'),
    widget: renderWidgetScript(read('widget.js'), config),
    widgetCss: read('widget.css'),
    siteCss: read('site.css'),
  };
  const router = Router();
  router.get('/', (_req, res) => sendText(res, 'html', files.page, 300));
  router.get('/widget.js', (_req, res) => sendText(res, 'js', files.widget, 300));
  router.get('/widget.css', (_req, res) => sendText(res, 'css', files.widgetCss, 300));
  router.get('/site.css', (_req, res) => sendText(res, 'css', files.siteCss, 300));
  router.get('/webchat/webchat.js', (_req, res) => {
    res.sendFile(webChatBundlePath(), { maxAge: '1d', headers: { 'content-type': 'text/javascript; charset=utf-8' } });
  });
  return router;
}
