import type { FastifyBaseLogger } from 'fastify';
import type { PushResult } from '#shared/sync/batch';

/** Counts of one kind of refusal per key (an address, a station) within a window that starts at the first one. */
function windowCounter(now: () => number, windowMs: number, maxKeys: number) {
  const counts = new Map<string, { start: number; count: number }>();
  return (key: string): number => {
    const at = now();
    const entry = counts.get(key);
    if (entry && at - entry.start < windowMs) {
      entry.count += 1;
      return entry.count;
    }
    if (counts.size >= maxKeys) counts.clear();
    counts.set(key, { start: at, count: 1 });
    return 1;
  };
}

/** 1, 10, 100, …: a flood shows in the log with its size, in a handful of lines. */
const worthALine = (count: number): boolean => /^10*$/.test(String(count));

/**
 * What an operator needs to notice an attack, at warn: refused tokens (by address, counted per hour), stations
 * calling what they may not, and refused changes (station, code, count). Never a token, a record or a name.
 */
export function createSecurityLog(now: () => number) {
  const byKey = windowCounter(now, 60 * 60_000, 10_000);
  return {
    /** A request without a valid token, from `address`. */
    badToken(log: FastifyBaseLogger, address: string): void {
      const count = byKey(`401 ${address}`);
      if (worthALine(count)) log.warn({ address, code: 'auth.required', count }, 'token refused');
    },
    /** A station's valid token on a route it may not call. */
    forbidden(log: FastifyBaseLogger, stationId: string, code: string): void {
      const count = byKey(`403 ${stationId} ${code}`);
      if (worthALine(count)) log.warn({ stationId, code, count }, 'station refused');
    },
    /** The changes of one push that were rejected, one line per code. */
    rejectedChanges(log: FastifyBaseLogger, stationId: string, results: readonly PushResult[]): void {
      const counts = new Map<string, number>();
      for (const r of results)
        if (r.status === 'rejected') counts.set(r.code ?? 'rejected', (counts.get(r.code ?? 'rejected') ?? 0) + 1);
      for (const [code, count] of counts) log.warn({ stationId, code, count }, 'changes refused');
    },
  };
}

export type SecurityLog = ReturnType<typeof createSecurityLog>;

declare module 'fastify' {
  interface FastifyInstance {
    securityLog: SecurityLog;
  }
}
