// IndexedDB for the app's own database code in Node: must load before Dexie.
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type { Seeker } from '#shared/entities/seeker';
import { encodeHlc } from '#shared/sync/hlc';
import { changedFields, type Mutation } from '#shared/sync/mutation';
import { createService } from '#server/service';
import { openSqlite } from '#server/store/sqlite';
import type { Database } from '#server/store/sql';
import { postgresFactory } from '#server/test-support/databases';
import { loadDayOne } from './bench-data';
import { ADMIN } from './county';
import { dayOver2g, type Day } from './day-over-2g';
import { median, type Figure } from './figure';
import { ingestOverHttp, PREFILLED } from './ingest-http';
import { wireBytes } from './wire';

export type { Figure } from './figure';

/**
 * The sync benchmark. Four parts:
 * 1. Bytes on the wire for the full push of what staff produce registering the 10,000 seekers of
 *    ../shared/bench-data through the registration command (each record and its audit entry), against PouchDB
 *    and brotli of the same content (./wire.ts).
 * 2. A day's work over a simulated 2G link with 20% of requests failing, as resets and as stalls (./day-over-2g.ts).
 * 3. Server ingest: mutations per second through the service's push path, SQLite and PostgreSQL.
 * 4. Server ingest over HTTP against a county already holding a million changes (./ingest-http.ts).
 * `--stalls-only` runs the stalling day alone, `--ingest-http-only` part 4 alone (`--prefill=N`: N changes).
 */

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

export function postgresUrl(): string | null {
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

const dayFigures = (name: string, days: readonly Day[], lostNote: string): Figure[] => [
  {
    figure: name,
    value: Math.round(median(days.map((d) => d.seconds)) * 10) / 10,
    unit: `s median of 10, worst ${Math.max(...days.map((d) => d.seconds)).toFixed(1)} s (each: ${days.map((d) => d.seconds.toFixed(1)).join(', ')}; requests ${days.map((d) => `${d.requests}/${d.failed} failed`).join(', ')}; ${Math.round(median(days.map((d) => d.bytes)))} B)`,
  },
  {
    figure: `${name.replace(/_s$/, '')}_lost`,
    value: Math.max(...days.map((d) => d.lost)),
    unit: lostNote,
  },
];

async function days(records: readonly Seeker[], failure: 'reset' | 'stall', log: (line: string) => void) {
  const runs: Day[] = [];
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
    log(`sync bench: a day's work over simulated 2G (failures: ${failure}), run ${seed} of 10 …`);
    runs.push(await dayOver2g(records, seed, failure));
  }
  const name = failure === 'reset' ? 'day_over_2g_s' : 'day_over_2g_stalls_s';
  return dayFigures(name, runs, 'changes missing on the server after the sync (worst of 10)');
}

/** Part 4 on SQLite and (when there is one) PostgreSQL. */
async function ingestHttpFigures(records: readonly Seeker[], log: (line: string) => void): Promise<Figure[]> {
  const given = process.argv.find((a) => a.startsWith('--prefill='));
  const prefilled = given ? Number(given.slice('--prefill='.length)) : PREFILLED;
  const figure = (name: string, r: Awaited<ReturnType<typeof ingestOverHttp>>): Figure => ({
    figure: name,
    value: Math.round(r.perSecond),
    unit: `mutations/s over HTTP (${r.pushes} pushes of 2,000 with a station token, compact and gzip, into a county holding ${prefilled.toLocaleString('en')} changes, filled in ${Math.round(r.prefillSeconds)} s; ${Math.round(r.perCpuSecond)} a second of this process's CPU time)`,
  });
  log('sync bench: ingest over HTTP, SQLite …');
  const dir = mkdtempSync(join(tmpdir(), 'bench-ingest-http-'));
  const figures = [
    figure(
      'ingest_http_sqlite_per_s',
      await ingestOverHttp(openSqlite(join(dir, 'county.sqlite')), records, log, prefilled),
    ),
  ];
  rmSync(dir, { recursive: true, force: true });
  const pgUrl = postgresUrl();
  if (!pgUrl) return figures;
  log('sync bench: ingest over HTTP, PostgreSQL …');
  const database = await postgresFactory(pgUrl);
  try {
    figures.push(figure('ingest_http_postgres_per_s', await ingestOverHttp(database.open(), records, log, prefilled)));
  } finally {
    await database.cleanup();
  }
  return figures;
}

export async function runSyncBenchmark(log: (line: string) => void = console.log): Promise<Figure[]> {
  const began = performance.now();
  const records = loadDayOne();
  if (process.argv.includes('--stalls-only')) return days(records, 'stall', log);
  if (process.argv.includes('--ingest-http-only')) return ingestHttpFigures(records, log);
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
  figures.push(...(await ingestHttpFigures(records, log)));
  log('sync bench: 10,000 people registered through the command, then pushed (app vs PouchDB) …');
  figures.unshift(...(await wireBytes(records)));
  for (const failure of ['reset', 'stall'] as const) figures.push(...(await days(records, failure, log)));
  figures.push({
    figure: 'bench_run_s',
    value: Math.round((performance.now() - began) / 1000),
    unit: 's (the whole sync benchmark)',
  });
  return figures;
}
