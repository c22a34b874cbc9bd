import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type HttpSide, type LevelResult, runLevel } from '../http/load.js';
import { ReplySink } from '../http/sink.js';
import { freePort, programArgs, rssOf, spawnNode, stopChild, waitForPort } from '../lib/proc.js';
import { type Spread, spread } from '../lib/stats.js';

/** How hard and how long to push each server. */
export type HttpPlan = { levels: { concurrency: number; requests: number }[]; runs: number; warmupRequests: number };

/** One side's HTTP results: per concurrency level, the spread over runs, and the server's memory. */
export type HttpSideResult = {
  levels: Record<
    string,
    { rps: Spread; p50Ms: Spread; p99Ms: Spread; requests: number; errors: number; missing: number; reprompts: number }
  >;
  rssIdleBytes: number;
  rssAfterBytes: number;
};

/** The servers measured, each at every level: ours, the baseline, and the floor for scale. */
export const HTTP_SIDES: readonly HttpSide[] = ['ours', 'baseline', 'floor'];

type Server = { side: HttpSide; child: ChildProcess; port: number; dataDir?: string };

/** The environment of an open (no app id), quiet-as-production server on loopback. */
function serverEnv(port: number, dataDir: string): Record<string, string> {
  return {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    NODE_ENV: 'production',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    MicrosoftAppTenantId: '',
    DIRECT_LINE_SECRET: '',
    PUBLIC_URL: '',
    SLACK_BOT_TOKEN: '',
    SLACK_APP_TOKEN: '',
    SLACK_SIGNING_SECRET: '',
    SLACK_HANDOFF_CHANNEL: '',
  };
}

/**
 * Starts ours (`adapters/server/main`, SQLite in a temp DATA_DIR), the baseline's server or the floor (the
 * baseline's host with a bot that only asks one question) on a free port.
 */
export async function startServer(side: HttpSide): Promise<Server> {
  const port = await freePort();
  if (side === 'ours') {
    const dataDir = mkdtempSync(join(tmpdir(), 'tas-bench-server-'));
    const child = spawnNode(programArgs('adapters/server/main'), serverEnv(port, dataDir), true);
    await waitForPort(port, 30_000);
    return { side, child, port, dataDir };
  }
  const program = side === 'floor' ? 'bench/baseline/floor-server' : 'bench/baseline/server';
  const child = spawnNode(programArgs(program), serverEnv(port, tmpdir()), true);
  await waitForPort(port, 30_000);
  return { side, child, port };
}

/** Stops a server and removes its temp data. */
export async function stopServer(server: Server): Promise<void> {
  await stopChild(server.child);
  if (server.dataDir) rmSync(server.dataDir, { recursive: true, force: true });
}

function collect(results: LevelResult[]): HttpSideResult['levels'][string] {
  return {
    rps: spread(results.map((r) => r.rps)),
    p50Ms: spread(results.map((r) => r.p50Ms)),
    p99Ms: spread(results.map((r) => r.p99Ms)),
    requests: results.reduce((n, r) => n + r.requests, 0),
    errors: results.reduce((n, r) => n + r.errors, 0),
    missing: results.reduce((n, r) => n + r.missing, 0),
    reprompts: results.reduce((n, r) => n + r.reprompts, 0),
  };
}

/**
 * The three servers up side by side; each level runs `runs` times per side, rotating which goes first,
 * after a warm-up. The loader and the reply sink share this process; each server has its own.
 */
export async function measureHttp(
  plan: HttpPlan,
  log: (line: string) => void,
): Promise<Record<HttpSide, HttpSideResult>> {
  const sink = new ReplySink();
  const serviceUrl = await sink.listen();
  const servers: Server[] = [];
  try {
    for (const side of HTTP_SIDES) servers.push(await startServer(side));
    const rssIdle = servers.map((s) => rssOf(s.child.pid ?? 0));
    for (const s of servers) {
      await runLevel({
        side: s.side,
        port: s.port,
        serviceUrl,
        sink,
        concurrency: 16,
        requests: plan.warmupRequests,
        tag: 'warm',
      });
    }
    const results = new Map<string, LevelResult[]>();
    for (const level of plan.levels) {
      for (let run = 0; run < plan.runs; run++) {
        const order = [...servers.slice(run % servers.length), ...servers.slice(0, run % servers.length)];
        for (const s of order) {
          const r = await runLevel({
            side: s.side,
            port: s.port,
            serviceUrl,
            sink,
            ...level,
            tag: `c${level.concurrency}-${run}`,
          });
          const key = `${s.side}:c${level.concurrency}`;
          results.set(key, [...(results.get(key) ?? []), r]);
          log(
            `http ${s.side} c${level.concurrency} run ${run + 1}: ${r.rps} rps, p99 ${r.p99Ms} ms, errors ${r.errors}, missing ${r.missing}`,
          );
        }
      }
    }
    const out = {} as Record<HttpSide, HttpSideResult>;
    servers.forEach((s, i) => {
      const levels: HttpSideResult['levels'] = {};
      for (const level of plan.levels)
        levels[`c${level.concurrency}`] = collect(results.get(`${s.side}:c${level.concurrency}`) ?? []);
      out[s.side] = { levels, rssIdleBytes: rssIdle[i] ?? Number.NaN, rssAfterBytes: rssOf(s.child.pid ?? 0) };
    });
    return out;
  } finally {
    for (const s of servers) await stopServer(s);
    await sink.close();
  }
}
