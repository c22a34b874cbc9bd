import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A reply a bot posted to the sink (the Bot Framework connector's `serviceUrl`). */
export type Reply = { type: string; text?: string; slot?: string; at: number };

type Waiter = { resolve: () => void; timer: NodeJS.Timeout };

/**
 * A stand-in for the Bot Framework connector on loopback: accepts `POST /v3/conversations/{id}/activities[/{replyToId}]`
 * and keeps the replies by conversation (a visitor waits for each turn, so they are that turn's replies; a greeting
 * on conversationUpdate carries no replyToId).
 */
export class ReplySink {
  private readonly server: Server;
  private readonly replies = new Map<string, Reply[]>();
  private readonly waiters = new Map<string, Waiter>();
  private next = 0;
  received = 0;

  constructor() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const match = /^\/v3\/conversations\/([^/?]+)\/activities/.exec(req.url ?? '');
        if (req.method === 'POST' && match?.[1]) this.record(decodeURIComponent(match[1]), Buffer.concat(chunks));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(`{"id":"sink-${++this.next}"}`);
      });
    });
    this.server.keepAliveTimeout = 30_000;
  }

  private record(conversationId: string, body: Buffer): void {
    this.received++;
    let activity: { type?: unknown; text?: unknown; channelData?: { slot?: unknown } };
    try {
      activity = JSON.parse(body.toString('utf8')) as typeof activity;
    } catch {
      return;
    }
    const reply: Reply = { type: typeof activity.type === 'string' ? activity.type : '', at: performance.now() };
    if (typeof activity.text === 'string') reply.text = activity.text;
    if (typeof activity.channelData?.slot === 'string') reply.slot = activity.channelData.slot;
    const list = this.replies.get(conversationId);
    if (list) list.push(reply);
    else this.replies.set(conversationId, [reply]);
    if (reply.type === 'message') {
      const waiter = this.waiters.get(conversationId);
      if (waiter) {
        clearTimeout(waiter.timer);
        this.waiters.delete(conversationId);
        waiter.resolve();
      }
    }
  }

  /** Starts listening on a free loopback port; resolves to the serviceUrl to put in activities. */
  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** The replies received so far in one conversation; forgets them. */
  take(conversationId: string): Reply[] {
    const list = this.replies.get(conversationId) ?? [];
    this.replies.delete(conversationId);
    return list;
  }

  /** Resolves when a message reply in the conversation has arrived (at once if it has), or after `timeoutMs`. */
  waitForMessage(conversationId: string, timeoutMs: number): Promise<void> {
    if (this.replies.get(conversationId)?.some((r) => r.type === 'message')) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters.delete(conversationId);
        resolve();
      }, timeoutMs);
      this.waiters.set(conversationId, { resolve, timer });
    });
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
