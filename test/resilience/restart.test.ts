import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReplySink, startReplySink } from './support/bot-channel.js';
import { differences, type Run, screen } from './support/drive.js';
import { type FakeSlack, startFakeSlack } from './support/fake-slack.js';
import { sleep, type World } from './support/http.js';
import { type Expected, type Plan, plans } from './support/plans.js';
import { type RunningServer, startServer } from './support/server.js';
import {
  type Channel,
  expectations,
  HANDOFF_CHANNEL,
  handoffPosts,
  makeClient,
  makePlace,
  slackEnv,
} from './support/setup.js';

const CHANNELS: Channel[] = ['web', 'web', 'bot', 'slack']; // 10 on the web (Direct Line), 5 straight to the bot, 5 in Slack
const CONVERSATIONS = 20;
/** Every plan on every channel. */
const planFor = (i: number): Plan => plans[(i + Math.floor(i / CHANNELS.length)) % plans.length] as Plan;

describe('the server killed with SIGKILL in the middle of 20 conversations', () => {
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
  });
  afterAll(async () => {
    await server?.stop();
    await Promise.all([slack?.close(), sink?.close()]);
    place?.remove();
  });

  it('starts again on the same DATA_DIR and finishes all 20 correctly, hand-offs delivered once', async () => {
    const env = slackEnv(slack);
    // The advisors' channel refuses until after the restart: hand-offs committed before the kill must wait in the outbox.
    slack.setMode({
      kind: 'error',
      affects: (method, args) => method === 'chat.postMessage' && args.channel === HANDOFF_CHANNEL,
    });
    server = await startServer(place.dataDir, place.port, env);
    const world: World = { generation: 0 };
    const url = server.url;
    const total = [...Array(CONVERSATIONS).keys()].reduce(
      (sum, i) => sum + (expected.get(planFor(i).name)?.answers ?? 0),
      0,
    );
    let answered = 0;
    let killed: Promise<void> | undefined;
    let unfinishedAtKill = 0;
    const finished: Run[] = [];
    const kill = async () => {
      unfinishedAtKill = CONVERSATIONS - finished.length;
      world.generation += 1;
      await server?.kill();
      await sleep(300);
      server = await startServer(place.dataDir, place.port, env);
      slack.setMode({ kind: 'up' });
    };
    const runs = await Promise.all(
      [...Array(CONVERSATIONS).keys()].map(async (i) => {
        await sleep(i * 40);
        const client = makeClient(CHANNELS[i % CHANNELS.length] as Channel, { url, sink, slack, world });
        const run = await screen(client, planFor(i), undefined, () => {
          answered += 1;
          if (!killed && answered >= total * 0.4) killed = kill();
        });
        finished.push(run);
        return run;
      }),
    );
    await killed;
    expect(unfinishedAtKill).toBeGreaterThanOrEqual(10);

    const handoffsExpected = runs.reduce((n, run) => n + (expected.get(run.plan.name)?.handoffs ?? 0), 0);
    await expect.poll(() => handoffPosts(slack).size, { timeout: 60_000, interval: 200 }).toBe(handoffsExpected);
    await server?.stop();

    const { problems, handoffs } = await differences(place.dataDir, runs, expected);
    expect(problems).toEqual([]);
    expect(handoffs.every((h) => h.status === 'delivered')).toBe(true);
    expect([...handoffPosts(slack).values()].every((n) => n === 1)).toBe(true);
    expect(new Set(handoffPosts(slack).keys())).toEqual(new Set(handoffs.map((h) => h.summary.id)));
  }, 180_000);
});
