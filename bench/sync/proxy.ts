/**
 * A byte-counting HTTP proxy that can also play a bad link. Every byte counted is a byte on the client's
 * socket (request and response lines, headers, bodies, both directions), so the app and PouchDB are measured
 * the same way. Routes pick the upstream by path prefix.
 *
 * Link mode: each request waits half the round trip plus its bytes at the link rate before it reaches the
 * server, and its answer the same on the way back; a share of requests fail — half before the server sees
 * them, half after it has answered (the answer is lost). A failure is a reset (the connection closed at once)
 * or a stall (the link keeps the connection open and sends nothing more, until the client gives up).
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Link {
  /** bits per second, each way */
  readonly bitsPerSecond: number;
  readonly roundTripMs: number;
  /** share of requests that fail, 0–1 */
  readonly failRate: number;
  /** how a failing request fails; a reset when not given */
  readonly failure?: Failure;
  readonly random: () => number;
}

export type Failure = 'reset' | 'stall';

export interface Route {
  readonly prefix: string;
  readonly upstream: string;
}

export interface Counter {
  bytes: number;
  requests: number;
  failed: number;
}

export interface CountingProxy {
  readonly url: string;
  readonly counters: Map<string, Counter>;
  link: Link | null;
  /** The counts so far (open connections included). */
  snapshot(): Map<string, Counter>;
  reset(): void;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Fails the request the link's way: a reset now, or silence until the client closes the connection. */
async function failOn(socket: Socket, link: Link): Promise<void> {
  if (link.failure === 'stall' && !socket.destroyed)
    await new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.destroy();
}

export async function startProxy(routes: readonly Route[]): Promise<CountingProxy> {
  const counters = new Map<string, Counter>(routes.map((r) => [r.prefix, { bytes: 0, requests: 0, failed: 0 }]));
  const sockets = new Map<Socket, { read: number; written: number; route: string | null }>();
  // Socket bytes go to the route of the socket's latest request (clients keep one route per connection).
  const settle = (socket: Socket) => {
    const seen = sockets.get(socket);
    if (!seen?.route) return;
    const counter = counters.get(seen.route) as Counter;
    counter.bytes += socket.bytesRead - seen.read + (socket.bytesWritten - seen.written);
    seen.read = socket.bytesRead;
    seen.written = socket.bytesWritten;
  };
  const proxy: CountingProxy = {
    url: '',
    counters,
    link: null,
    snapshot() {
      for (const s of sockets.keys()) settle(s);
      return new Map([...counters].map(([k, v]) => [k, { ...v }]));
    },
    reset() {
      for (const s of sockets.keys()) settle(s);
      for (const c of counters.values()) Object.assign(c, { bytes: 0, requests: 0, failed: 0 });
    },
    async close() {
      for (const s of sockets.keys()) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = http.createServer(async (req, res) => {
    const route = routes.find((r) => (req.url ?? '').startsWith(r.prefix));
    const socket = req.socket;
    const seen = sockets.get(socket);
    if (!route || !seen) {
      res.writeHead(502).end();
      return;
    }
    if (seen.route !== route.prefix) {
      settle(socket);
      seen.route = route.prefix;
    }
    const counter = counters.get(route.prefix) as Counter;
    counter.requests += 1;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const link = proxy.link;
    const fail = link && link.random() < link.failRate ? (link.random() < 0.5 ? 'before' : 'after') : null;
    const headerBytes = req.rawHeaders.reduce((n, h) => n + h.length + 2, 0) + (req.url?.length ?? 0) + 20;
    if (link) await sleep(link.roundTripMs / 2 + ((headerBytes + body.length) * 8 * 1000) / link.bitsPerSecond);
    if (link && fail === 'before') {
      counter.failed += 1;
      await failOn(socket, link);
      return;
    }
    const target = new URL(req.url ?? '/', route.upstream);
    const headers = { ...req.headers, host: target.host };
    const upstream = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const forward = http.request(target, { method: req.method, headers }, resolve);
      forward.on('error', reject);
      forward.end(body);
    }).catch(() => null);
    if (!upstream) {
      res.writeHead(502).end();
      return;
    }
    const answer: Buffer[] = [];
    for await (const chunk of upstream) answer.push(chunk as Buffer);
    const payload = Buffer.concat(answer);
    if (link) await sleep(link.roundTripMs / 2 + ((payload.length + 200) * 8 * 1000) / link.bitsPerSecond);
    if (link && fail === 'after') {
      counter.failed += 1;
      await failOn(socket, link);
      return;
    }
    const outHeaders = { ...upstream.headers };
    delete outHeaders['transfer-encoding'];
    outHeaders['content-length'] = String(payload.length);
    res.writeHead(upstream.statusCode ?? 502, outHeaders);
    res.end(payload, () => settle(socket));
  });
  server.on('connection', (socket) => {
    sockets.set(socket, { read: 0, written: 0, route: null });
    socket.on('close', () => {
      settle(socket);
      sockets.delete(socket);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  Object.assign(proxy, { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
  return proxy;
}
