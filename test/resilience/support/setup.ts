import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BotChannelUser, type ReplySink } from './bot-channel.js';
import type { FakeSlack } from './fake-slack.js';
import type { ScreeningClient, World } from './http.js';
import { allPlans, type Expected, expectedRun } from './plans.js';
import { assertBuilt, freePort } from './server.js';
import { SLACK_SECRET, SlackStaff } from './slack-staff.js';
import { WebVisitor } from './web-visitor.js';

/** The advisors' channel hand-offs are posted to. */
export const HANDOFF_CHANNEL = 'CADVISORS';

/** A temporary DATA_DIR and a free port for one test's server (and its restarts). */
export async function makePlace(): Promise<{ dataDir: string; port: number; remove(): void }> {
  assertBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'tas-resilience-'));
  return { dataDir, port: await freePort(), remove: () => rmSync(dataDir, { recursive: true, force: true }) };
}

/** The server's settings with Slack on, pointed at the fake Web API. */
export const slackEnv = (slack: FakeSlack): Record<string, string> => ({
  SLACK_SIGNING_SECRET: SLACK_SECRET,
  SLACK_BOT_TOKEN: 'xoxb-resilience-test',
  SLACK_HANDOFF_CHANNEL: HANDOFF_CHANNEL,
  SLACK_API_URL: slack.url,
});

/** What each plan must end in, by plan name. */
export async function expectations(): Promise<Map<string, Expected>> {
  const entries = await Promise.all(allPlans.map(async (plan) => [plan.name, await expectedRun(plan)] as const));
  return new Map(entries);
}

export type Channel = ScreeningClient['channel'];

/** A client for `channel` talking to the server at `url`. */
export function makeClient(
  channel: Channel,
  deps: { url: string; sink: ReplySink; slack: FakeSlack; world: World },
): ScreeningClient {
  if (channel === 'web') return new WebVisitor(deps.url);
  if (channel === 'bot') return new BotChannelUser(deps.url, deps.sink);
  return new SlackStaff(deps.url, deps.slack, deps.world);
}

/** Hand-off ids posted to the advisors' channel as a main message, with how many times each was posted. */
export function handoffPosts(slack: FakeSlack): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of slack.posted()) {
    const meta = message.metadata as { event_type?: string; event_payload?: { id?: string } } | undefined;
    if (message.channel !== HANDOFF_CHANNEL || message.thread_ts !== undefined) continue;
    if (meta?.event_type !== 'tas_handoff' || !meta.event_payload?.id) continue;
    counts.set(meta.event_payload.id, (counts.get(meta.event_payload.id) ?? 0) + 1);
  }
  return counts;
}
