import { createHmac } from 'node:crypto';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';

/** A small seeded generator, so a failing run can be replayed. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** In [0, 1). mulberry32. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  bytes(n: number): Buffer {
    return Buffer.from(Array.from({ length: n }, () => this.int(0, 255)));
  }
  /** Random bytes, percent-encoded for a URL (often not valid UTF-8 once decoded). */
  escaped(n: number): string {
    return [...this.bytes(n)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
  }
  /** Any UTF-16 code units, lone surrogates and control characters included. */
  units(n: number): string {
    return String.fromCharCode(...Array.from({ length: n }, () => this.int(0, 0xffff)));
  }
}

/** One request to send; `body` as raw bytes. */
export type FuzzRequest = { method: string; path: string; headers: Record<string, string>; body?: Buffer };

/** JSON values of every type and size, for fields that expect something else. */
export function junkValue(r: Rng): unknown {
  switch (r.int(0, 11)) {
    case 0:
      return null;
    case 1:
      return r.int(-1e9, 1e9);
    case 2:
      return r.chance(0.5);
    case 3:
      return '';
    case 4:
      return r.units(r.int(1, 40));
    case 5:
      return 'x'.repeat(r.int(300, 5_000));
    case 6:
      return [junkValue(r), junkValue(r)];
    case 7:
      return { id: junkValue(r), __proto__: { polluted: true } };
    case 8:
      return 1e308 * 10;
    case 9:
      return 'javascript:alert(1)';
    case 10:
      return '<script>alert(1)</script>';
    default:
      return {};
  }
}

/** Bodies that are not what any endpoint wants: broken JSON, wrong types, bytes, depth, size. */
export function junkBody(r: Rng): Buffer {
  switch (r.int(0, 13)) {
    case 0:
      return Buffer.alloc(0);
    case 1:
      return Buffer.from(r.pick(['{', '{"type":', '{"a":1,}', '[1,2', '{"type":"message"', "{'type':'message'}"]));
    case 2:
      return Buffer.from(r.pick(['null', 'true', '42', '"text"', '[]', '[{}]', '{}', '-0', '1e999']));
    case 3:
      return r.bytes(r.int(1, 3_000));
    case 4: {
      const depth = r.int(100, 30_000);
      return Buffer.from(`${'['.repeat(depth)}${']'.repeat(depth)}`);
    }
    case 5: {
      const depth = r.int(100, 5_000);
      return Buffer.from(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
    }
    case 6:
      return Buffer.from(
        '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"type":"message"}',
      );
    case 7:
      // Huge: over every route's limit. Rare, or the run takes long and proves nothing more.
      return r.chance(0.15)
        ? Buffer.from(JSON.stringify({ type: 'message', text: 'A'.repeat(r.int(600_000, 1_200_000)) }))
        : Buffer.from(JSON.stringify({ type: 'message', text: 'A'.repeat(r.int(70_000, 120_000)) }));
    case 8:
      return Buffer.from(JSON.stringify({ type: 'message', text: r.units(r.int(1, 2_000)) }));
    case 9:
      return Buffer.from('\u0000\u0001\u0002\u0003{"type":"message"}');
    case 10:
      return Buffer.from('a=1&b=2&payload=%7B%22type');
    case 11:
      return Buffer.from(JSON.stringify(junkValue(r)));
    case 12:
      return Buffer.from('\ufeff{"type":"message","text":"bom"}');
    default:
      return Buffer.from(`--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n${r.units(50)}\r\n--x--`);
  }
}

const CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/json; charset=nonsense',
  'application/*+json',
  '',
  ';;;',
  'application/json\u0000',
];

/** A content type: mostly JSON, sometimes anything. */
export function contentType(r: Rng): string {
  return r.chance(0.7) ? 'application/json' : r.pick(CONTENT_TYPES).replace('\u0000', '');
}

/** Extra headers that bend parsers: encodings, ranges, odd lengths of things. */
export function oddHeaders(r: Rng): Record<string, string> {
  const headers: Record<string, string> = {};
  if (r.chance(0.08)) headers['content-encoding'] = r.pick(['gzip', 'deflate', 'br', 'identity', 'zstd', 'nonsense']);
  if (r.chance(0.05)) headers.range = r.pick(['bytes=0-10', 'bytes=99999999-', 'bytes=-', 'lines=1-2', 'bytes=5-1']);
  if (r.chance(0.05)) headers.cookie = `a=${'b'.repeat(r.int(10, 6_000))}`;
  if (r.chance(0.05)) headers['x-forwarded-for'] = r.pick(['1.2.3.4', 'garbage', '::1, 10.0.0.1']);
  if (r.chance(0.05)) headers.accept = r.pick(['*/*', 'text/html;q=x', '', 'application/json;q=0']);
  if (r.chance(0.03)) headers['if-none-match'] = r.pick(['*', 'W/"x"', '"', '']);
  return headers;
}

/** A method: mostly `usual`, sometimes any. */
export function method(r: Rng, usual: string): string {
  return r.chance(0.85) ? usual : r.pick(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']);
}

/** Replaces, removes or retypes a few fields of a valid-looking object. */
export function mutate(r: Rng, base: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const copy: Record<string, unknown> = structuredClone(base);
  const times = r.int(1, 3);
  for (let i = 0; i < times; i += 1) {
    const field = r.pick(fields);
    if (r.chance(0.3)) delete copy[field];
    else copy[field] = junkValue(r);
  }
  return copy;
}

/** Slack's v0 signature. */
export function signSlack(secret: string, timestamp: number, body: Buffer): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(body).digest('hex')}`;
}

/** What a fuzz run saw: status counts, and the requests that got a 5xx or no answer. */
export type FuzzReport = { statuses: Map<number, number>; failures: string[] };

const agent = new Agent({ keepAlive: true, maxSockets: 16 });

/** Sends one request; its status, or 0 when the connection failed. */
export function send(base: string, req: FuzzRequest): Promise<number> {
  const url = new URL(base);
  return new Promise((resolve) => {
    try {
      sendUnchecked(url, req, resolve);
    } catch {
      resolve(-1); // refused by our own client (an unsendable header or path): not the server's doing
    }
  });
}

function sendUnchecked(url: URL, req: FuzzRequest, resolve: (status: number) => void): void {
  {
    const headers: Record<string, string | number> = { ...req.headers };
    if (req.body !== undefined) headers['content-length'] = req.body.length;
    const outgoing = request(
      { host: url.hostname, port: url.port, method: req.method, path: req.path, headers, agent, timeout: 30_000 },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', () => resolve(res.statusCode ?? 0));
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error('timeout')));
    outgoing.on('error', () => resolve(0));
    outgoing.end(req.body);
  }
}

/** Sends `count` generated requests, `concurrency` at a time, and tallies the answers. */
export async function fuzz(
  base: string,
  count: number,
  generate: (r: Rng, i: number) => FuzzRequest,
  seed: number,
  concurrency = 16,
): Promise<FuzzReport> {
  const r = new Rng(seed);
  const report: FuzzReport = { statuses: new Map(), failures: [] };
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const req = generate(r, i);
      const status = await send(base, req);
      report.statuses.set(status, (report.statuses.get(status) ?? 0) + 1);
      if (status === 0 || status >= 500 || status === -1) {
        const body = req.body ? req.body.subarray(0, 200).toString('utf8') : '';
        report.failures.push(
          `${status} ${req.method} ${req.path.slice(0, 200)} ${JSON.stringify(req.headers)} ${body}`,
        );
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return report;
}

/** Malformed HTTP on a raw socket: what the server answers (a status, or 0 when it just closes). */
export function sendRaw(base: string, bytes: Buffer, closeEarly: boolean): Promise<number> {
  const url = new URL(base);
  return new Promise((resolve) => {
    const socket = connect(Number(url.port), url.hostname);
    let answer = '';
    const done = () => {
      socket.destroy();
      resolve(Number(/^HTTP\/1\.[01] (\d{3})/.exec(answer)?.[1] ?? 0));
    };
    socket.setTimeout(2_000, done);
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1');
      if (answer.includes('\r\n')) done();
    });
    socket.on('error', done);
    socket.on('close', done);
    socket.write(bytes, () => {
      if (closeEarly) done();
    });
  });
}
