import type { Page, Response } from 'playwright-core';

/** A question the bot asked, as it travelled on the wire (channelData.slot and the suggested actions). */
export type SeenPrompt = { id: string; slot: string; text: string; choices: { label: string; value: string }[] };

type WireActivity = {
  id?: string;
  type?: string;
  text?: string;
  from?: { role?: string };
  channelData?: { slot?: string; outcome?: unknown; handoff?: { id?: string; conversationId?: string } };
  suggestedActions?: { actions?: { title?: string; value?: { choice?: string } }[] };
};

/**
 * Watches the Direct Line stream the page polls and records prompts, the outcome and the hand-off by their
 * channelData, so the test follows the screening by slot, never by wording. Replays after a reload are ignored.
 */
export class StreamWatcher {
  readonly prompts: SeenPrompt[] = [];
  outcome: unknown;
  handoff: { id?: string; conversationId?: string } | undefined;
  private readonly seen = new Set<string>();

  constructor(page: Page) {
    page.on('response', (response) => void this.read(response));
  }

  private async read(response: Response): Promise<void> {
    if (
      response.request().method() !== 'GET' ||
      !/\/v3\/directline\/conversations\/[^/]+\/activities/.test(response.url())
    ) {
      return;
    }
    const body = (await response.json().catch(() => ({}))) as { activities?: WireActivity[] };
    for (const activity of body.activities ?? []) this.take(activity);
  }

  private take(activity: WireActivity): void {
    if (!activity.id || this.seen.has(activity.id) || activity.from?.role !== 'bot') return;
    this.seen.add(activity.id);
    const data = activity.channelData ?? {};
    if (data.outcome) this.outcome = data.outcome;
    if (data.handoff) this.handoff = data.handoff;
    if (data.slot) {
      const choices = (activity.suggestedActions?.actions ?? []).map((a) => ({
        label: a.title ?? '',
        value: a.value?.choice ?? '',
      }));
      this.prompts.push({ id: activity.id, slot: data.slot, text: activity.text ?? '', choices });
    }
  }

  /** Waits until a prompt after the first `count` arrives, or the hand-off does. */
  async next(count: number, timeoutMs = 20_000): Promise<SeenPrompt | undefined> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (this.prompts.length > count) return this.prompts[this.prompts.length - 1];
      if (this.handoff) return undefined;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`No new prompt after ${count}: ${JSON.stringify(this.prompts.map((p) => p.slot))}`);
  }
}

/** How the visitor answers: by typing words, or by clicking a button. */
export type Answer = { kind: 'type'; text: string } | { kind: 'click'; value: string };

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Types into Web Chat's send box and sends. */
export async function typeAnswer(page: Page, text: string): Promise<void> {
  const box = page.locator('.webchat__send-box-text-box__input');
  await box.fill(text);
  await box.press('Enter');
}

/** Clicks the suggested action that carries `value`, found by its label. */
export async function clickAnswer(page: Page, prompt: SeenPrompt, value: string): Promise<void> {
  const choice = prompt.choices.find((c) => c.value === value);
  if (!choice) throw new Error(`No choice ${value} on ${prompt.slot}: ${JSON.stringify(prompt.choices)}`);
  const button = page
    .locator('.webchat__suggested-action')
    .filter({ hasText: new RegExp(`^\\s*${escapeRegExp(choice.label)}\\s*$`) });
  await button.first().click();
}

/** Answers one prompt. */
export async function answer(page: Page, prompt: SeenPrompt, planned: Answer): Promise<void> {
  if (planned.kind === 'click') await clickAnswer(page, prompt, planned.value);
  else await typeAnswer(page, planned.text);
}
