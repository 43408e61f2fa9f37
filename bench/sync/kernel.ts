// IndexedDB for the app's own database code in Node: must load before Dexie.
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { v7 as uuidv7 } from 'uuid';
import type { Seeker } from '#shared/entities/seeker';
import { encodeHlc } from '#shared/sync/hlc';
import { changedFields, type Mutation } from '#shared/sync/mutation';
import { META } from '#renderer/db/commands/command';
import { saveSeeker } from '#renderer/db/commands/seekers';
import { setUp, testEnv } from '#renderer/test-support/test-env';
import { loadPinyin } from '#renderer/registry/pinyin';
import { enrollStation, configuredTransport } from '#renderer/sync/account';
import { SyncController, useSyncStatus } from '#renderer/sync/controller';
import { newSyncSession, pendingCount, syncOnce } from '#renderer/sync/engine';
import { buildApp } from '#server/app';
import { createService } from '#server/service';
import { openSqlite } from '#server/store/sqlite';
import type { Database } from '#server/store/sql';
import { postgresFactory } from '#server/test-support/databases';
import { memoryPlatform } from '#test/integration/harness';
import { loadDayOne, loadDayTwo } from './bench-data';
import * as peer from './pouchdb-peer.mjs';
import { startProxy, type CountingProxy } from './proxy';

/**
 * The sync benchmark (issue 4). Three parts:
 * 1. Bytes on the wire for the full push of the 10,000 seekers of ../shared/bench-data: the app's own sync
 *    code against the county server, and PouchDB 9 against express-pouchdb 4.2 with the same documents,
 *    through the same byte-counting proxy in the same run; against the brotli size of the records as
 *    compact JSON (quality 11, 16 MB window).
 * 2. A day's work (seekers_day2.json: 200 edits, 100 new, entered through the app's commands) over a
 *    simulated 2G link (64 kbit/s each way, 300 ms round trip, 20% of requests failing), with the app's
 *    retry rule; how long until everything is on the server, and how much is missing then.
 * 3. Server ingest: mutations per second through the service's push path, SQLite and PostgreSQL.
 */

export interface Figure {
  readonly figure: string;
  readonly value: number;
  readonly unit: string;
}

const ADMIN = 'bench-admin-token-00000000000000';

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function county(db: Database) {
  const service = createService(db, { adminToken: ADMIN });
  await service.init();
  const app = await buildApp({ service, version: 'bench', rateLimitPerMinute: 1_000_000, enrollLimitPerMinute: 1_000 });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { service, app, url, db };
}

/** A station PC enrolled through the proxy, holding `records` (its own) with their mutations in the outbox. */
async function stationWith(proxy: CountingProxy, c: Awaited<ReturnType<typeof county>>, records: readonly Seeker[]) {
  const env = testEnv(Date.now());
  const { stationId, adminId } = await setUp(env, {
    name: '幸福村就业服务站',
    deviceId: `bench${Math.floor(Math.random() * 1e6)}`,
  });
  const actor = { id: adminId, name: '王芳' };
  const platform = memoryPlatform();
  const { enrollmentCode } = await c.service.addStation({ name: '幸福村就业服务站', areaCode: '522626' });
  const enrolled = await enrollStation(env, platform, actor, { server: proxy.url, code: enrollmentCode });
  if (!enrolled.ok) throw new Error(enrolled.error.message);
  const transport = await configuredTransport(env, platform);
  if (!transport) throw new Error('not enrolled');
  const batch = newSyncSession();
  const sync = () => syncOnce({ db: env.db, transport, now: env.now, pinyin: loadPinyin, session: batch });
  await sync(); // the station's own set-up (its record, the audit of its first steps), before anything is measured
  // The station's records and their outbox mutations, exactly as the command layer writes new records.
  const own = records.map((r) => ({ ...r, stationId }));
  // Clocks from this device, before now, and the device clock left at the last one (as commands leave it).
  const node = (await env.db.meta.get(META.deviceId))?.value ?? 'bench';
  const base = env.now() - own.length;
  const clocks = own.map((_, i) => encodeHlc({ ms: base + i, counter: 0, node }));
  const outbox: Mutation[] = own.map((r, i) => ({
    id: uuidv7(),
    table: 'seekers',
    recordId: r.id,
    op: 'upsert',
    hlc: clocks[i] as string,
    fields: changedFields(undefined, r),
  }));
  await env.db.seekers.bulkPut(own.map((r, i) => ({ ...r, updatedAt: clocks[i] as string, searchKeys: [] })));
  await env.db.outbox.bulkAdd(outbox);
  await env.db.meta.put({ key: META.clock, value: clocks.at(-1) as string });
  return { env, actor, stationId, sync, transport, own };
}

async function wireBytes(records: readonly Seeker[]): Promise<Figure[]> {
  const c = await county(openSqlite(join(mkdtempSync(join(tmpdir(), 'bench-county-')), 'county.sqlite')));
  const pouch = await peer.startPouchServer();
  const proxy = await startProxy([
    { prefix: '/api/v1', upstream: c.url },
    { prefix: '/', upstream: pouch.url },
  ]);
  const station = await stationWith(proxy, c, records);
  proxy.reset();
  const report = await station.sync();
  if ((await pendingCount(station.env.db)) !== 0) throw new Error('push incomplete');
  const ours = proxy.snapshot().get('/api/v1');
  await peer.pushDocs(
    station.own.map(({ id, ...doc }) => ({ _id: id, ...doc })),
    `${proxy.url}/county`,
  );
  const theirs = proxy.snapshot().get('/');
  const json = JSON.stringify(station.own);
  const brotli = brotliCompressSync(Buffer.from(json), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 },
  }).length;
  await proxy.close();
  await pouch.close();
  await c.app.close();
  await c.db.close();
  await station.env.db.delete();
  if (!ours || !theirs || report.pushed !== records.length) throw new Error('nothing measured');
  const n = records.length;
  return [
    {
      figure: 'wire_bytes_per_seeker',
      value: Math.round((ours.bytes / n) * 10) / 10,
      unit: `B (${ours.bytes} B in ${ours.requests} requests)`,
    },
    {
      figure: 'ratio_to_brotli',
      value: Math.round((ours.bytes / brotli) * 1000) / 1000,
      unit: `× (brotli q11 of the records as compact JSON: ${brotli} B, ${(brotli / n).toFixed(1)} B each; JSON ${json.length} B)`,
    },
    {
      figure: 'ratio_to_pouchdb',
      value: Math.round((ours.bytes / theirs.bytes) * 1000) / 1000,
      unit: `× (PouchDB: ${theirs.bytes} B in ${theirs.requests} requests, ${(theirs.bytes / n).toFixed(0)} B each)`,
    },
  ];
}

/** One day of work through the commands, then sync over the bad link until nothing is pending. */
async function dayOver2g(
  records: readonly Seeker[],
  seed: number,
): Promise<{ seconds: number; lost: number; requests: number; failed: number; bytes: number }> {
  const c = await county(openSqlite(join(mkdtempSync(join(tmpdir(), 'bench-county-')), 'county.sqlite')));
  const proxy = await startProxy([{ prefix: '/api/v1', upstream: c.url }]);
  const station = await stationWith(proxy, c, records);
  await station.sync(); // day one, on a good link
  const day = loadDayTwo();
  const input = ({ stationId: _s, createdAt: _c, updatedAt: _u, deleted: _d, ...rest }: Seeker) => rest;
  for (const s of [...day.modified, ...day.added]) {
    const saved = await saveSeeker(station.env, station.actor, input(s), '基准测试');
    if (!saved.ok) throw new Error(`day two: ${saved.error.code} ${saved.error.message}`);
  }
  const random = seeded(seed);
  proxy.reset();
  proxy.link = { bitsPerSecond: 64_000, roundTripMs: 300, failRate: 0.2, random };
  // The next morning the app starts on the 2G link: its own background sync controller, retries and all.
  const controller = new SyncController({
    db: station.env.db,
    now: station.env.now,
    random,
    pinyin: loadPinyin,
    transport: async () => station.transport,
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

async function ingest(db: Database, records: readonly Seeker[]): Promise<number> {
  const service = createService(db, { adminToken: ADMIN });
  await service.init();
  const { enrollmentCode } = await service.addStation({ name: '站', areaCode: '522626' });
  const { stationId, token } = await service.enroll({ enrollmentCode, deviceName: 'bench' });
  const caller = await service.authenticate(token);
  if (!caller) throw new Error('no caller');
  const base = Date.now();
  const mutations: Mutation[] = records.map((r, i) => ({
    id: uuidv7(),
    table: 'seekers',
    recordId: r.id,
    op: 'upsert',
    hlc: encodeHlc({ ms: base + i, counter: 0, node: 'bench' }),
    fields: changedFields(undefined, { ...r, stationId }),
  }));
  const start = performance.now();
  for (let i = 0; i < mutations.length; i += 2_000) {
    const results = await service.push(caller, mutations.slice(i, i + 2_000));
    if (results.some((r) => r.status !== 'applied')) throw new Error('ingest refused a mutation');
  }
  const perSecond = mutations.length / ((performance.now() - start) / 1000);
  await db.close();
  return perSecond;
}

function postgresUrl(): string | null {
  const given = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (given) return given;
  try {
    return execFileSync(join(import.meta.dirname ?? '.', '..', '..', 'scripts', 'postgres-for-tests.sh'), {
      encoding: 'utf8',
    }).trim();
  } catch {
    return null;
  }
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export async function runSyncBenchmark(log: (line: string) => void = console.log): Promise<Figure[]> {
  const records = loadDayOne();
  const figures: Figure[] = [];
  log('sync bench: server ingest …');
  const sqlite = [];
  for (let i = 0; i < 3; i += 1)
    sqlite.push(await ingest(openSqlite(join(mkdtempSync(join(tmpdir(), 'bench-ingest-')), 'county.sqlite')), records));
  figures.push({
    figure: 'ingest_sqlite_per_s',
    value: Math.round(median(sqlite)),
    unit: 'mutations/s (median of 3, batches of 2,000)',
  });
  const pgUrl = postgresUrl();
  if (pgUrl) {
    const pg = [];
    for (let i = 0; i < 3; i += 1) {
      const database = await postgresFactory(pgUrl);
      pg.push(await ingest(database.open(), records));
      await database.cleanup();
    }
    figures.push({
      figure: 'ingest_postgres_per_s',
      value: Math.round(median(pg)),
      unit: 'mutations/s (median of 3, batches of 2,000)',
    });
  } else {
    log(
      'sync bench: no PostgreSQL (set BENCH_DATABASE_URL, or run as root so scripts/postgres-for-tests.sh can start one): ingest_postgres_per_s not measured',
    );
  }
  log('sync bench: bytes on the wire for the full push of 10,000 seekers (app vs PouchDB) …');
  figures.unshift(...(await wireBytes(records)));
  const days = [];
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
    log(`sync bench: a day's work over simulated 2G, run ${seed} of 10 …`);
    days.push(await dayOver2g(records, seed));
  }
  figures.push(
    {
      figure: 'day_over_2g_s',
      value: Math.round(median(days.map((d) => d.seconds)) * 10) / 10,
      unit: `s median of 10, worst ${Math.max(...days.map((d) => d.seconds)).toFixed(1)} s (each: ${days.map((d) => d.seconds.toFixed(1)).join(', ')}; requests ${days.map((d) => `${d.requests}/${d.failed} failed`).join(', ')}; ${Math.round(median(days.map((d) => d.bytes)))} B)`,
    },
    {
      figure: 'day_over_2g_lost',
      value: Math.max(...days.map((d) => d.lost)),
      unit: 'changes missing on the server after the sync (worst of 10)',
    },
  );
  return figures;
}
