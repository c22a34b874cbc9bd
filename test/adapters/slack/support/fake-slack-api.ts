import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One recorded Web API call: the method name and its arguments, JSON fields decoded. */
export type RecordedCall = { method: string; args: Record<string, unknown>; result: Record<string, unknown> };

/** A fake Slack Web API on loopback: records every call and answers like Slack. */
export type FakeSlackApi = {
  url: string; // base address with its trailing /api/, for clientOptions.slackApiUrl
  calls: RecordedCall[];
  callsTo(method: string): Record<string, unknown>[];
  /** Messages posted (chat.postMessage), with the ts the fake gave each. */
  posted(): (Record<string, unknown> & { ts: string })[];
  /** Makes the next `times` calls to `method` answer `{ ok: false, error }`. */
  failNext(method: string, error: string, times?: number): void;
  /**
   * Makes a message post, after `skip` more that succeed, take effect yet answer `{ ok: false, error }`
   * (as when Slack took it and the answer came too late).
   */
  acceptButFailNext(error: string, skip?: number): void;
  /** Every message the workspace holds, answered or not, oldest first. */
  held(): (Record<string, unknown> & { ts: string })[];
  close(): Promise<void>;
};

const JSON_FIELDS = ['blocks', 'attachments', 'metadata', 'view'];

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function decodeArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = JSON_FIELDS.includes(key) ? JSON.parse(value) : value;
  }
  return args;
}

/** Starts the fake on an ephemeral loopback port. */
export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const calls: RecordedCall[] = [];
  const failures = new Map<string, { error: string; times: number }>();
  const messages: (Record<string, unknown> & { ts: string })[] = []; // what the workspace holds, as Slack returns it
  let late: { error: string; skip: number } | undefined;
  let counter = 0;
  const inChannel = (args: Record<string, unknown>) => messages.filter((m) => m.channel === args.channel);
  const answer = (method: string, args: Record<string, unknown>): Record<string, unknown> => {
    const failure = failures.get(method);
    if (failure && failure.times > 0) {
      failure.times -= 1;
      return { ok: false, error: failure.error };
    }
    counter += 1;
    if (method === 'auth.test') return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'tas' };
    if (method === 'chat.postMessage') {
      const ts = `1700000000.${String(counter).padStart(6, '0')}`;
      messages.push({ ...args, ts, bot_id: 'BBOT', user: 'UBOT' });
      if (late && late.skip-- === 0) {
        const { error } = late;
        late = undefined;
        return { ok: false, error };
      }
      return { ok: true, channel: args.channel, ts };
    }
    if (method === 'conversations.history') {
      const top = inChannel(args).filter((m) => m.thread_ts === undefined || m.thread_ts === m.ts);
      const withMeta = String(args.include_all_metadata) === 'true';
      return { ok: true, messages: top.reverse().map(({ metadata, ...m }) => (withMeta ? { ...m, metadata } : m)) };
    }
    if (method === 'conversations.replies') {
      const thread = inChannel(args).filter((m) => m.ts === args.ts || m.thread_ts === args.ts);
      return { ok: true, messages: thread };
    }
    if (method === 'chat.update') return { ok: true, channel: args.channel, ts: args.ts };
    return { ok: true };
  };
  const server: Server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0] ?? '';
      const args = decodeArgs(raw, req.headers['content-type']);
      const result = answer(method, args);
      calls.push({ method, args, result });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(result));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/`,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method).map((c) => c.args),
    posted: () =>
      calls
        .filter((c) => c.method === 'chat.postMessage' && c.result.ok)
        .map((c) => ({ ...c.args, ts: String(c.result.ts) })),
    failNext: (method, error, times = 1) => {
      failures.set(method, { error, times });
    },
    acceptButFailNext: (error, skip = 0) => {
      late = { error, skip };
    },
    held: () => [...messages],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
