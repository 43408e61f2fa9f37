import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Server, Socket } from 'node:net';

export interface ConnectionLimits {
  /** open connections at most (below the process's file limit, so the server never runs out of them) */
  readonly maxConnections: number;
  /** open connections from one address at most (0: no such limit, e.g. behind a reverse proxy) */
  readonly perAddress: number;
  /** a request (headers and body) must arrive, and be answered, within this; 0: no deadline */
  readonly requestTimeoutMs: number;
}

/**
 * Deadlines of our own, to the millisecond (Node checks its own request timeout only every 30 s): a connection
 * must send its first request's headers, and every request must be through, within `ms`, however slowly it
 * trickles in; past that the connection is closed. A request answered before its body has all arrived (a
 * refused token) has its connection closed too, rather than read to the end.
 */
function enforceDeadlines(server: Server, ms: number): void {
  server.on('connection', (socket: Socket) => {
    const first = setTimeout(() => socket.destroy(), ms);
    first.unref();
    socket.once('close', () => clearTimeout(first));
    (socket as Socket & { firstRequestTimer?: NodeJS.Timeout }).firstRequestTimer = first;
  });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const socket = req.socket as Socket & { firstRequestTimer?: NodeJS.Timeout };
    if (socket.firstRequestTimer) clearTimeout(socket.firstRequestTimer);
    const timer = setTimeout(() => socket.destroy(), ms);
    timer.unref();
    res.once('close', () => clearTimeout(timer));
    // Answered before its body is all in (a refused token, say): the rest is not worth reading.
    res.once('finish', () => {
      if (!req.complete) socket.destroy();
    });
  });
}

/**
 * Keeps slow or idle connections from crowding out everyone else: past the total, Node refuses new ones; past
 * the per-address share, a new connection from that address is closed at once, so a thousand stalled
 * connections from one place leave room for every station.
 */
export function limitConnections(server: Server, limits: ConnectionLimits): void {
  server.maxConnections = limits.maxConnections;
  if (limits.requestTimeoutMs > 0) enforceDeadlines(server, limits.requestTimeoutMs);
  if (limits.perAddress <= 0) return;
  const open = new Map<string, number>();
  server.on('connection', (socket) => {
    const address = socket.remoteAddress ?? '';
    const count = (open.get(address) ?? 0) + 1;
    if (count > limits.perAddress) {
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left <= 0) open.delete(address);
      else open.set(address, left);
    });
  });
}
