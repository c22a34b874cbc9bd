import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Web API call the fake answered with ok, arguments decoded. */
export type SlackCall = { method: string; args: Record<string, unknown>; ts?: string; at: number };

/** Up; or down for the calls `affects` picks: answering HTTP 500, or never answering (the client times out). */
export type SlackMode = { kind: 'up' } | { kind: 'error' | 'hang'; affects: (method: string, args: Args) => boolean };

type Args = Record<string, unknown>;

const JSON_FIELDS = ['blocks', 'attachments', 'metadata', 'view'];

async function readArgs(req: IncomingMessage): Promise<Args> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (req.headers['content-type']?.includes('application/json')) return JSON.parse(raw) as Args;
  const args: Args = {};
  for (const [key, value] of new URLSearchParams(raw))
    args[key] = JSON_FIELDS.includes(key) ? JSON.parse(value) : value;
  return args;
}

/**
 * A fake Slack Web API on loopback that can go down. Only calls answered with ok are recorded, so a
 * refused or timed-out post is one Slack never saw; held requests are cut when it comes back up.
 */
export async function startFakeSlack() {
  const calls: SlackCall[] = [];
  const refused: { method: string; how: 'error' | 'hang'; at: number }[] = [];
  const held = new Set<ServerResponse>();
  const timedOut: { method: string; at: number }[] = [];
  const threads = new Map<string, (Args & { ts: string })[]>(); // thread_ts -> replies posted in it
  let mode: SlackMode = { kind: 'up' };
  let counter = 0;

  const answer = (method: string, args: Args): Record<string, unknown> => {
    counter += 1;
    const ts = `1800000000.${String(counter).padStart(6, '0')}`;
    if (method === 'chat.postMessage') {
      calls.push({ method, args, ts, at: Date.now() });
      if (typeof args.thread_ts === 'string') {
        const thread = threads.get(args.thread_ts) ?? [];
        thread.push({ ...args, ts });
        threads.set(args.thread_ts, thread);
      }
      return { ok: true, channel: args.channel, ts };
    }
    calls.push({ method, args, at: Date.now() });
    if (method === 'auth.test') return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'tas' };
    if (method === 'chat.update') return { ok: true, channel: args.channel, ts: args.ts };
    return { ok: true };
  };

  const server = createServer((req, res) => {
    void readArgs(req).then((args) => {
      const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0] ?? '';
      if (mode.kind !== 'up' && mode.affects(method, args)) {
        refused.push({ method, how: mode.kind, at: Date.now() });
        if (mode.kind === 'hang') {
          held.add(res);
          res.once('close', () => {
            // Still held when the connection closed: the client gave up waiting.
            if (held.delete(res)) timedOut.push({ method, at: Date.now() });
          });
          return;
        }
        res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error');
        return;
      }
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(answer(method, args)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/api/`,
    calls,
    refused,
    /** Held requests the client closed before the fake answered: calls that timed out. */
    timedOut,
    /** Messages posted, oldest first. */
    posted: (): (Args & { ts: string })[] =>
      calls.filter((c) => c.method === 'chat.postMessage').map((c) => ({ ...c.args, ts: c.ts as string })),
    /** Replies posted in the thread under `threadTs`, oldest first. */
    thread: (threadTs: string): (Args & { ts: string })[] => [...(threads.get(threadTs) ?? [])],
    setMode(next: SlackMode) {
      mode = next;
      if (next.kind !== 'up') return;
      for (const res of [...held]) {
        held.delete(res);
        res.socket?.destroy();
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of held) res.socket?.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type FakeSlack = Awaited<ReturnType<typeof startFakeSlack>>;
