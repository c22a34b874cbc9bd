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
  let counter = 0;
  const answer = (method: string, args: Record<string, unknown>): Record<string, unknown> => {
    const failure = failures.get(method);
    if (failure && failure.times > 0) {
      failure.times -= 1;
      return { ok: false, error: failure.error };
    }
    counter += 1;
    if (method === 'auth.test') return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'tas' };
    if (method === 'chat.postMessage')
      return { ok: true, channel: args.channel, ts: `1700000000.${String(counter).padStart(6, '0')}` };
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
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
