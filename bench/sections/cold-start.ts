import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type HttpSide, postActivity, visitorActivity } from '../http/load.js';
import { ReplySink } from '../http/sink.js';
import { freePort, programArgs, spawnNode, stopChild } from '../lib/proc.js';
import { round, type Spread, spread } from '../lib/stats.js';

/** Cold starts, in ms from spawning the process to its first reply, over `runs` fresh processes each. */
export type ColdStartResult = {
  oursCliFirstPromptMs: Spread;
  oursServerFirstReplyMs: Spread;
  baselineInProcessFirstPromptMs: Spread;
  baselineServerFirstReplyMs: Spread;
};

const TIMEOUT_MS = 30_000;

/** Spawns a program and resolves to the ms until its stdout prints a JSON Lines `prompt`. */
async function timeToPromptLine(path: string, argv: string[], env: Record<string, string>): Promise<number> {
  const t0 = performance.now();
  const child = spawnNode([...programArgs(path), ...argv], env);
  try {
    return await new Promise<number>((resolve, reject) => {
      let buffered = '';
      const timer = setTimeout(() => reject(new Error(`${path}: no prompt within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      child.stdout?.on('data', (chunk: Buffer) => {
        buffered += chunk.toString('utf8');
        if (buffered.includes('"type":"prompt"')) {
          clearTimeout(timer);
          resolve(performance.now() - t0);
        }
      });
      child.once('exit', (code) => reject(new Error(`${path} exited (${code}) before its first prompt`)));
    });
  } finally {
    child.stdin?.end();
    await stopChild(child);
  }
}

/** Spawns a server and resolves to the ms until its greeting reaches the sink (retrying while nothing listens). */
async function timeToServerReply(side: HttpSide, sink: ReplySink, serviceUrl: string): Promise<number> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'tas-bench-cold-'));
  const env = { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, MicrosoftAppId: '', DIRECT_LINE_SECRET: '' };
  const agent = new Agent({ keepAlive: false });
  const conversationId = `cold-${side}-${port}`;
  const t0 = performance.now();
  const child = spawnNode(programArgs(side === 'ours' ? 'adapters/server/main' : 'bench/baseline/server'), env, true);
  try {
    while (performance.now() - t0 < TIMEOUT_MS) {
      const status = await postActivity(agent, port, visitorActivity(serviceUrl, conversationId, undefined));
      if (status !== 0) break;
      await new Promise((r) => setTimeout(r, 2));
    }
    await sink.waitForMessage(conversationId, 5_000);
    const first = sink.take(conversationId).find((r) => r.type === 'message');
    if (!first) throw new Error(`${side} server: no reply`);
    return first.at - t0;
  } finally {
    agent.destroy();
    await stopChild(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Measures each cold start `runs` times, alternating the programs so that disk caches treat them alike. */
export async function measureColdStart(runs: number, log: (line: string) => void): Promise<ColdStartResult> {
  const sink = new ReplySink();
  const serviceUrl = await sink.listen();
  const times = {
    cli: [] as number[],
    oursServer: [] as number[],
    baseline: [] as number[],
    baselineServer: [] as number[],
  };
  try {
    for (let run = 0; run < runs; run++) {
      const dataDir = mkdtempSync(join(tmpdir(), 'tas-bench-cli-'));
      try {
        times.cli.push(round(await timeToPromptLine('adapters/cli/main', ['--jsonl'], { DATA_DIR: dataDir }), 1));
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
      times.baseline.push(round(await timeToPromptLine('bench/baseline/first-reply', [], {}), 1));
      times.oursServer.push(round(await timeToServerReply('ours', sink, serviceUrl), 1));
      times.baselineServer.push(round(await timeToServerReply('baseline', sink, serviceUrl), 1));
      log(
        `cold start run ${run + 1}: cli ${times.cli.at(-1)} ms, baseline in-process ${times.baseline.at(-1)} ms, ` +
          `ours server ${times.oursServer.at(-1)} ms, baseline server ${times.baselineServer.at(-1)} ms`,
      );
    }
  } finally {
    await sink.close();
  }
  return {
    oursCliFirstPromptMs: spread(times.cli),
    oursServerFirstReplyMs: spread(times.oursServer),
    baselineInProcessFirstPromptMs: spread(times.baseline),
    baselineServerFirstReplyMs: spread(times.baselineServer),
  };
}
