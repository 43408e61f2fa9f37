import type { Server } from 'node:net';

export interface ConnectionLimits {
  /** open connections at most (below the process's file limit, so the server never runs out of them) */
  readonly maxConnections: number;
  /** open connections from one address at most (0: no such limit, e.g. behind a reverse proxy) */
  readonly perAddress: number;
}

/**
 * Keeps slow or idle connections from crowding out everyone else: past the total, Node refuses new ones; past
 * the per-address share, a new connection from that address is closed at once, so a thousand stalled
 * connections from one place leave room for every station.
 */
export function limitConnections(server: Server, limits: ConnectionLimits): void {
  server.maxConnections = limits.maxConnections;
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
