import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaderOptionsFor } from '../../adapters/server/protect-routes.js';
import { contentSecurityPolicy } from '../../adapters/server/security-headers.js';
import tasScreening from '../../dialogs/tas-screening.js';
import { answer, type SeenPrompt, StreamWatcher } from '../e2e/web-chat-driver.js';
import { type BuiltServer, startBuiltServer } from './support/built-server.js';

const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[security] SKIPPED the CSP browser test: ${CHROMIUM} not found.`);

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d]));

describe('contentSecurityPolicy', () => {
  it('allows scripts from this server only: no inline script, no eval', () => {
    const policy = directives(contentSecurityPolicy());
    expect(policy.get('script-src')).toBe("script-src 'self'");
    expect(policy.get('default-src')).toBe("default-src 'none'");
    expect(policy.get('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(policy.get('object-src')).toBe("object-src 'none'");
    expect(contentSecurityPolicy()).not.toContain('unsafe-eval');
  });

  it("lets the page reach Azure's Direct Line (https and wss) only when it is used", () => {
    const base = {
      microsoftAppId: 'app',
      microsoftAppPassword: 'pw',
      microsoftAppType: 'MultiTenant' as const,
      microsoftAppTenantId: undefined,
      directLineDomain: undefined,
      publicUrl: 'https://chat.example.com',
    };
    const azure = securityHeaderOptionsFor({ ...base, directLineSecret: 'secret' });
    expect(azure.connectSources).toEqual(['https://directline.botframework.com', 'wss://directline.botframework.com']);
    expect(azure.hsts).toBe(true);
    const local = securityHeaderOptionsFor({
      ...base,
      microsoftAppId: undefined,
      directLineSecret: undefined,
      publicUrl: undefined,
    });
    expect(local).toEqual({ connectSources: [], hsts: false });
  });
});

describe('the server’s headers', () => {
  let server: BuiltServer;
  beforeAll(async () => {
    server = await startBuiltServer();
  }, 60_000);
  afterAll(async () => {
    await server?.remove();
  });

  it.each([
    ['GET', '/'],
    ['GET', '/widget.js'],
    ['GET', '/healthz'],
    ['POST', '/api/directline/token'],
    ['GET', '/no-such-page'],
    ['POST', '/api/messages'],
  ])('sends the security headers on %s %s', async (method, path) => {
    const answer = await fetch(`${server.url}${path}`, { method });
    const headers = answer.headers;
    expect(headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(headers.get('permissions-policy')).toContain('microphone=()');
    expect(headers.get('x-powered-by')).toBeNull();
    expect(headers.get('strict-transport-security')).toBeNull(); // plain http here
  });

  it('lets other sites embed the widget files, and nothing else', async () => {
    const widget = await fetch(`${server.url}/widget.js`);
    expect(widget.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const page = await fetch(`${server.url}/`);
    expect(page.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it('keeps tokens and conversations out of caches', async () => {
    const token = await fetch(`${server.url}/api/directline/token`, { method: 'POST' });
    expect(token.headers.get('cache-control')).toBe('no-store');
    const { token: bearer, conversationId } = (await token.json()) as { token: string; conversationId: string };
    const stream = await fetch(`${server.url}/v3/directline/conversations/${conversationId}/activities`, {
      headers: { authorization: `Bearer ${bearer}` },
    });
    expect(stream.headers.get('cache-control')).toBe('no-store');
  });
});

/** Answers by slot so the screening reaches its outcome card and hand-off; buttons where there are some. */
function plan(prompt: SeenPrompt): { kind: 'click'; value: string } | { kind: 'type'; text: string } {
  const clicks: Record<string, string> = { handoff: 'yes', consent: 'yes', represented: 'no', contact_email: 'skip' };
  const typed: Record<string, string> = {
    narrative: 'I got a final notice saying the IRS will levy my bank account.',
    contact_name: 'Sam Example',
    contact_phone: '512 555 0199',
    state: 'Texas',
  };
  const wanted = clicks[prompt.slot];
  const choice = prompt.choices.find((c) => c.value === wanted) ?? prompt.choices[0];
  if (prompt.choices.length > 0 && choice) return { kind: 'click', value: choice.value };
  return { kind: 'type', text: typed[prompt.slot] ?? 'not sure' };
}

describe.skipIf(!hasChromium)('the Content-Security-Policy in a real browser', () => {
  let server: BuiltServer;
  let browser: Browser;
  let page: Page;
  const violations: string[] = [];

  beforeAll(async () => {
    server = await startBuiltServer();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
    });
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { reportViolation: (t: string) => void }).reportViolation;
        report(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.remove();
  });

  it('runs Web Chat through a whole screening, cards included, without a single violation', {
    timeout: 180_000,
  }, async () => {
    const watcher = new StreamWatcher(page);
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: 'Start the free check' }).click();
    let prompt = await watcher.next(0, 30_000);
    for (let step = 0; prompt && step < 40; step += 1) {
      const before = watcher.prompts.length;
      await answer(page, prompt, plan(prompt));
      prompt = await watcher.next(before, 30_000);
    }
    expect(watcher.outcome).toBeDefined();
    await page.locator('.webchat__adaptive-card-renderer').first().waitFor();
    expect(violations).toEqual([]);
  });

  it('says goodbye after "delete my data" and shows nothing of it after a reload, still without violations', {
    timeout: 60_000,
  }, async () => {
    // Web Chat sets apostrophes typographically: match the goodbye's words, not its quote marks.
    const words = tasScreening.wording.deleted.split(/[^A-Za-z ]+/).sort((a, b) => b.length - a.length)[0] ?? '';
    const goodbye = new RegExp(words.trim());
    const box = page.locator('.webchat__send-box-text-box__input');
    await box.fill('delete my data');
    await box.press('Enter');
    await page.getByText(goodbye).first().waitFor({ timeout: 20_000 });
    await page.reload();
    await page.getByText(goodbye).first().waitFor({ timeout: 20_000 });
    expect(await page.getByText('Sam Example').count()).toBe(0);
    expect(await page.locator('.webchat__adaptive-card-renderer').count()).toBe(0);
    expect(violations).toEqual([]);
  });

  it('would have noticed: an inline script is refused and reported', async () => {
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.ran = true';
      document.body.append(script);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { ran?: boolean }).ran)).toBeUndefined();
  });
});
