// IndexedDB for the app's own database code in Node: must load before Dexie.
import 'fake-indexeddb/auto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Seeker } from '#shared/entities/seeker';
import { saveSeeker } from '#renderer/db/commands/seekers';
import { loadPinyin } from '#renderer/registry/pinyin';
import { configuredTransport } from '#renderer/sync/account';
import { SyncController, useSyncStatus } from '#renderer/sync/controller';
import { pendingCount } from '#renderer/sync/engine';
import { newLinkMeter } from '#renderer/sync/timed-exchange';
import { openSqlite } from '#server/store/sqlite';
import { loadDayTwo } from './bench-data';
import { county, enrolledStation, formInput, seeded, withRecords } from './county';
import { startProxy, type Failure } from './proxy';

export interface Day {
  readonly seconds: number;
  readonly lost: number;
  readonly requests: number;
  readonly failed: number;
  readonly bytes: number;
}

/**
 * One day of work through the commands (day two: 200 edits, 100 new), then the app's own background sync
 * controller over a simulated 2G link until nothing is pending: how long it took and how much of the day is
 * missing on the server then. `failure`: how the failing 20% of requests fail — the connection reset at once,
 * or a stall (the link accepts and goes silent until the client gives up).
 */
export async function dayOver2g(records: readonly Seeker[], seed: number, failure: Failure): Promise<Day> {
  const c = await county(openSqlite(join(mkdtempSync(join(tmpdir(), 'bench-county-')), 'county.sqlite')));
  const proxy = await startProxy([{ prefix: '/api/v1', upstream: c.url }]);
  const station = await enrolledStation(proxy.url, c);
  await withRecords(station, records);
  await station.sync(); // day one, on a good link
  const day = loadDayTwo();
  for (const s of [...day.modified, ...day.added]) {
    const saved = await saveSeeker(station.env, station.actor, formInput(s), '基准测试');
    if (!saved.ok) throw new Error(`day two: ${saved.error.code} ${saved.error.message}`);
  }
  const random = seeded(seed);
  proxy.reset();
  proxy.link = { bitsPerSecond: 64_000, roundTripMs: 300, failRate: 0.2, failure, random };
  // The next morning the app starts on the 2G link: its own background sync controller, retries and all, and
  // nothing measured of the link yet.
  const morning = newLinkMeter();
  const transport = await configuredTransport(station.env, station.platform, undefined, () => morning);
  const controller = new SyncController({
    db: station.env.db,
    now: station.env.now,
    random,
    pinyin: loadPinyin,
    transport: async () => transport,
  });
  const start = performance.now();
  void controller.syncNow();
  while ((await pendingCount(station.env.db)) > 0 || useSyncStatus.getState().running)
    await new Promise((resolve) => setTimeout(resolve, 20));
  const seconds = (performance.now() - start) / 1000;
  controller.stop();
  const counts = proxy.snapshot().get('/api/v1');
  let lost = 0;
  for (const s of [...day.modified, ...day.added]) {
    const stored = await c.service.record('seekers', s.id);
    if (
      !stored ||
      stored.phone !== s.phone ||
      JSON.stringify(stored.skills) !== JSON.stringify(s.skills) ||
      stored.name !== s.name
    )
      lost += 1;
  }
  await proxy.close();
  await c.app.close();
  await c.db.close();
  await station.env.db.delete();
  return { seconds, lost, requests: counts?.requests ?? 0, failed: counts?.failed ?? 0, bytes: counts?.bytes ?? 0 };
}
