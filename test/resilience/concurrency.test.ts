import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReplySink, startReplySink } from './support/bot-channel.js';
import { differences, screen } from './support/drive.js';
import { type FakeSlack, startFakeSlack } from './support/fake-slack.js';
import type { Copies, World } from './support/http.js';
import { type Answer, type Expected, type Plan, plans, quickPlan } from './support/plans.js';
import { type RunningServer, startServer } from './support/server.js';
import { type Channel, expectations, handoffPosts, makeClient, makePlace, slackEnv } from './support/setup.js';

const CONVERSATIONS = 200;
const CHANNELS: Channel[] = ['web', 'bot', 'slack', 'web', 'bot', 'slack', 'web']; // ~86 web, 57 bot, 57 Slack
const [clicks, types, asks, declines] = plans as [Plan, Plan, Plan, Plan];
// Mostly short screenings, so that 200 finish in well under a minute on two cores; every plan is in.
const PLANS: Plan[] = [
  ...[quickPlan, asks, quickPlan, asks, quickPlan, clicks, quickPlan, asks, quickPlan, quickPlan],
  ...[asks, quickPlan, types, quickPlan, asks, quickPlan, declines, quickPlan, asks, quickPlan],
];

/**
 * Pure: the copies mixed into conversation `i`'s answer at `step`: the same delivery twice at once on about
 * one answer in three (a client or channel retry), and a second click on the same button (a double click).
 */
function copiesFor(i: number): (step: number, answer: Answer) => Copies {
  return (step, answer) => {
    if ((i + step) % 3 !== 0) return 'none';
    return answer.kind === 'click' && (i + step) % 2 === 0 ? 'double-click' : 'repeat';
  };
}

describe('200 conversations at once over HTTP, with duplicate and simultaneous deliveries', () => {
  let place: Awaited<ReturnType<typeof makePlace>>;
  let slack: FakeSlack;
  let sink: ReplySink;
  let server: RunningServer | undefined;
  let expected: Map<string, Expected>;
  beforeAll(async () => {
    [place, slack, sink, expected] = await Promise.all([
      makePlace(),
      startFakeSlack(),
      startReplySink(),
      expectations(),
    ]);
    server = await startServer(place.dataDir, place.port, slackEnv(slack));
  });
  afterAll(async () => {
    await server?.stop();
    await Promise.all([slack?.close(), sink?.close()]);
    place?.remove();
  });

  it('brings every conversation to its outcome, applies no turn twice, loses and doubles no hand-off', async () => {
    const world: World = { generation: 0 };
    const url = server?.url ?? '';
    let copiesSent = 0;
    const runs = await Promise.all(
      [...Array(CONVERSATIONS).keys()].map((i) => {
        const client = makeClient(CHANNELS[i % CHANNELS.length] as Channel, { url, sink, slack, world });
        const copies = copiesFor(i);
        return screen(client, PLANS[i % PLANS.length] as Plan, (step, answer) => {
          const chosen = copies(step, answer);
          if (chosen !== 'none') copiesSent += 1;
          return chosen;
        });
      }),
    );
    expect(copiesSent).toBeGreaterThan(200);

    const handoffsExpected = runs.reduce((n, run) => n + (expected.get(run.plan.name)?.handoffs ?? 0), 0);
    await expect.poll(() => handoffPosts(slack).size, { timeout: 60_000, interval: 250 }).toBe(handoffsExpected);
    await server?.stop();

    const { problems, handoffs } = await differences(place.dataDir, runs, expected);
    expect(problems).toEqual([]);
    expect(handoffs).toHaveLength(handoffsExpected);
    expect(handoffs.every((h) => h.status === 'delivered')).toBe(true);
    expect([...handoffPosts(slack).values()].every((n) => n === 1)).toBe(true);
  }, 180_000);
});
