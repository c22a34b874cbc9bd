import { existsSync, mkdirSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteSessionStore } from '../../src/storage/sqlite-session-store.js';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.js';
import { type Answer, answer, type SeenPrompt, StreamWatcher } from './web-chat-driver.js';

// Debian's Chromium; E2E_CHROMIUM points elsewhere (or at nothing, to see the skip).
const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(
    `[e2e] SKIPPED the web chat browser test: ${CHROMIUM} not found. Install it: apt-get install -y chromium`,
  );
}
const ARTIFACTS = 'test/artifacts';

/** Typed answers, one per slot: what a visitor might write. */
const typed: Record<string, string> = {
  narrative: 'The IRS is taking money out of every paycheck and I cannot pay my rent.',
  irs_action: 'they are taking money from my pay',
  issue_type: 'wage garnishment',
  hardship: 'yes',
  harm_date: 'right now',
  tried_irs: 'no',
  waiting_days: 'about two weeks',
  promised_date_missed: 'no',
  process_failure: 'no',
  disputes_amount: 'no',
  notice: 'no letter',
  appeal_status: 'no, nothing filed',
  handoff: 'yes please',
  contact_name: 'Ana Example',
  contact_email: 'ana@example.com',
  contact_phone: '614 555 0142',
  state: 'Ohio',
  represented: 'no',
  consent: 'yes',
  confirm_restart: 'no',
};

/** Button values, one per slot; slots without buttons are typed. */
const clicked: Record<string, string> = {
  irs_action: 'final-notice',
  issue_type: 'levy_garnishment',
  hardship: 'yes',
  harm_date: 'no-date',
  tried_irs: 'yes',
  waiting_days: 'one-to-three',
  promised_date_missed: 'no',
  process_failure: 'not-sure',
  disputes_amount: 'no',
  notice: 'none',
  appeal_status: 'none',
  handoff: 'yes',
  contact_email: 'skip',
  represented: 'no',
  consent: 'yes',
  confirm_restart: 'no',
};
const typedWhenNoButtons: Record<string, string> = {
  narrative: 'I got a final notice saying the IRS will levy my bank account.',
  contact_name: 'Sam Example',
  contact_phone: '512 555 0199',
  state: 'Texas',
};

function planTyping(prompt: SeenPrompt): Answer {
  return { kind: 'type', text: typed[prompt.slot] ?? 'not sure' };
}

function planClicking(prompt: SeenPrompt): Answer {
  if (prompt.choices.length === 0) return { kind: 'type', text: typedWhenNoButtons[prompt.slot] ?? 'not sure' };
  const wanted = clicked[prompt.slot];
  const choice = prompt.choices.find((c) => c.value === wanted) ?? prompt.choices[0];
  return { kind: 'click', value: choice?.value ?? '' };
}

async function savedConversationId(page: Page): Promise<string> {
  const saved = await page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('chatw:') && !k.endsWith(':open'));
    return key ? sessionStorage.getItem(key) : null;
  });
  return (JSON.parse(saved ?? '{}') as { conversationId?: string }).conversationId ?? '';
}

/** Answers prompts until the hand-off arrives; `onStep` runs after each answer. */
async function screen(
  page: Page,
  watcher: StreamWatcher,
  plan: (prompt: SeenPrompt) => Answer,
  onStep: (step: number) => Promise<void> = async () => undefined,
): Promise<{ slots: string[]; answers: Answer[] }> {
  const slots: string[] = [];
  const answers: Answer[] = [];
  let prompt = await watcher.next(0, 30_000);
  for (let step = 1; prompt; step++) {
    if (step > 40) throw new Error(`Screening did not finish: ${slots.join(', ')}`);
    slots.push(prompt.slot);
    const before = watcher.prompts.length;
    const planned = plan(prompt);
    answers.push(planned);
    await answer(page, prompt, planned);
    await onStep(step);
    prompt = await watcher.next(before);
  }
  return { slots, answers };
}

/** The outcome card where the visitor sees it, then whole (in a panel tall enough to hold it). */
async function saveOutcomeScreenshots(page: Page): Promise<void> {
  const card = page.locator('.webchat__adaptive-card-renderer').first();
  await card.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `${ARTIFACTS}/web-chat-outcome.png` });
  await page.setViewportSize({ width: 1280, height: 2400 });
  await page.addStyleTag({ content: '.chatw-panel { height: calc(100vh - 48px) !important; }' });
  await card.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await card.screenshot({ path: `${ARTIFACTS}/web-chat-outcome-card.png` });
}

async function storedHandoff(dataDir: string, conversationId: string) {
  const store = new SqliteSessionStore(dataDir);
  try {
    return (await store.listHandoffs()).find((h) => h.summary.conversationId === `web:${conversationId}`);
  } finally {
    await store.close();
  }
}

describe.skipIf(!hasChromium)('the website chat in a real browser', () => {
  let server: ServerProcess;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServerProcess();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.remove();
  });

  async function openChat(): Promise<{ page: Page; watcher: StreamWatcher }> {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 860 } })).newPage();
    const watcher = new StreamWatcher(page);
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: 'Start the free check' }).click();
    return { page, watcher };
  }

  it('completes a screening by typing, reloading the page midway, and stores the hand-off', {
    timeout: 180_000,
  }, async () => {
    const { page, watcher } = await openChat();
    let conversationId = '';
    const { slots } = await screen(page, watcher, planTyping, async (step) => {
      if (step !== 3) return;
      conversationId = await savedConversationId(page);
      await page.reload();
      // The same conversation comes back, history included, and goes on.
      await page
        .getByText(typed.narrative ?? '')
        .first()
        .waitFor({ state: 'visible', timeout: 20_000 });
      expect(await savedConversationId(page)).toBe(conversationId);
    });
    expect(slots.length).toBeGreaterThan(3);
    expect(watcher.outcome).toBeDefined();
    expect(watcher.handoff?.conversationId).toBe(`web:${conversationId}`);
    const stored = await storedHandoff(server.dataDir, conversationId);
    expect(stored?.summary.id).toBe(watcher.handoff?.id);
    await page.context().close();
  });

  it('completes a screening by clicking, with an Adaptive Card outcome', { timeout: 180_000 }, async () => {
    const { page, watcher } = await openChat();
    const { slots, answers } = await screen(page, watcher, planClicking, async (step) => {
      if (step === 4) await page.screenshot({ path: `${ARTIFACTS}/web-chat-mid-conversation.png` });
    });
    expect(slots).toContain('handoff');
    expect(answers.filter((a) => a.kind === 'click').length).toBeGreaterThanOrEqual(5);
    // The hand-off confirmation is the second card; Web Chat keeps the newest message in view.
    await page.locator('.webchat__adaptive-card-renderer').nth(1).waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${ARTIFACTS}/web-chat-handoff.png` });
    await saveOutcomeScreenshots(page);
    const conversationId = await savedConversationId(page);
    const stored = await storedHandoff(server.dataDir, conversationId);
    expect(stored?.summary.channel).toBe('web');
    await page.context().close();
  });
});
