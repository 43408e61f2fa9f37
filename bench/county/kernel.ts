/**
 * The county console benchmark, on SQLite and on PostgreSQL: seed the synthetic county, then the summary, a
 * ledger page, the 200,000-row export, the console's first screen in Chromium, and ingest with and without
 * the reporting projection.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresFactory, type DbFactory } from '#server/test-support/databases';
import { openPostgres } from '#server/store/postgres';
import { openSqlite } from '#server/store/sqlite';
import { migrate } from '#server/migrations/migrate';
import { consoleFirstScreen } from './first-screen';
import { ingestPerSecond } from './ingest';
import { measureExport, measureReads, percentile } from './measure';
import { seedCounty } from './seed';

export interface Figure {
  figure: string;
  value: number;
  unit: string;
}

export interface CountyBenchOptions {
  /** a SQLite county already seeded (kept between runs: BENCH_COUNTY_SQLITE) */
  readonly sqliteFile?: string;
  readonly postgresUrl?: string | null;
  /** a PostgreSQL county already seeded (BENCH_COUNTY_POSTGRES): its reads are measured without seeding */
  readonly postgresSeededUrl?: string;
  readonly browser: boolean;
  /** one database only (`--sqlite-only`, `--postgres-only`) */
  readonly only?: 'sqlite' | 'postgres';
  readonly rounds: number;
  /** the summary, trend and ledger pages only: no export, first screen or ingest (`--reads-only`) */
  readonly readsOnly?: boolean;
  /** ingest alone, on fresh databases: no seeded county read (`--ingest-only`) */
  readonly ingestOnly?: boolean;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Ingest runs without and with the projection, each: fresh databases, about 28,000 mutations a run. A run's
 * time moves by ±15% on a shared 2-core machine (its CPU time as much as its wall time), so one pair's cost
 * ranges from near 0 to over 30%; nine pairs keep the medians' cost within a few points from one bench to the next.
 */
const INGEST_PAIRS = 9;

async function onDatabase(
  label: 'sqlite' | 'postgres',
  open: () => ReturnType<DbFactory['open']>,
  seeded: boolean,
  options: CountyBenchOptions,
  log: (line: string) => void,
  server: { dataDir?: string; databaseUrl?: string },
): Promise<Figure[]> {
  const figures: Figure[] = [];
  const load: number[] = [loadavg()[0] ?? 0];
  if (!seeded) {
    log(`county bench (${label}): seeding the county …`);
    const db = open();
    const seed = await seedCounty(db, log);
    if (label === 'postgres') await db.transaction((sql) => sql.run('ANALYZE'));
    await db.close();
    figures.push({
      figure: `${label}_seed_records_per_s`,
      value: Math.round(seed.records / (seed.ms / 1000)),
      unit: `records/s (${seed.records} records, save path)`,
    });
  }
  log(`county bench (${label}): summary and ledger pages …`);
  const db = open();
  // a county seeded by an older server gets the newer migrations (indexes), as the server would at start
  const migrated = await migrate(db);
  if (migrated.applied.length > 0) log(`  migrated to ${migrated.applied.join(', ')}`);
  const reads = await measureReads(db, options.rounds);
  const pages = [...reads.pageMs.values()].flat();
  figures.push(
    {
      figure: `${label}_summary_p95_ms`,
      value: round1(percentile(reads.summaryMs, 95)),
      unit: `ms (median ${round1(percentile(reads.summaryMs, 50))}; ${reads.summaryMs.length} summaries: county, township, station; a year and a month)`,
    },
    { figure: `${label}_trend_p95_ms`, value: round1(percentile(reads.trendMs, 95)), unit: 'ms (12 months)' },
    {
      figure: `${label}_ledger_page_p95_ms`,
      value: round1(percentile(pages, 95)),
      unit: `ms (median ${round1(percentile(pages, 50))}; ${pages.length} filtered, sorted pages of 50 over 8 ledgers)`,
    },
  );
  for (const [key, ms] of reads.pageMs) log(`  page ${key}: p95 ${round1(percentile(ms, 95))} ms`);
  load.push(loadavg()[0] ?? 0);
  if (options.readsOnly) {
    await db.close();
    figures.push({
      figure: `${label}_load_average`,
      value: round1(Math.max(...load)),
      unit: '(1-minute, highest seen)',
    });
    return figures;
  }
  log(`county bench (${label}): export of the seekers ledger as .xlsx …`);
  const exported = await measureExport(db);
  await db.close();
  figures.push(
    {
      figure: `${label}_export_200k_xlsx_s`,
      value: round1(exported.seconds),
      unit: `s (${exported.rows} rows, ${round1(exported.bytes / 2 ** 20)} MiB)`,
    },
    {
      figure: `${label}_export_rss_growth_mb`,
      value: Math.round(exported.rssGrowthMb),
      unit: 'MB (resident memory, peak over start)',
    },
  );
  load.push(loadavg()[0] ?? 0);
  if (options.browser) {
    log(`county bench (${label}): the console's first screen in Chromium …`);
    const ms = await consoleFirstScreen(server, log);
    figures.push({
      figure: `${label}_console_first_screen_ms`,
      value: Math.round(percentile(ms, 50)),
      unit: `ms (median of ${ms.length}; worst ${Math.round(Math.max(...ms))})`,
    });
    load.push(loadavg()[0] ?? 0);
  }
  figures.push({
    figure: `${label}_load_average`,
    value: round1(Math.max(...load)),
    unit: `(1-minute, highest seen; ${load.map(round1).join(', ')})`,
  });
  return figures;
}

async function ingestFigures(
  label: string,
  fresh: () => Promise<{ db: ReturnType<DbFactory['open']>; done: () => Promise<void> }>,
  log: (line: string) => void,
): Promise<Figure[]> {
  log(`county bench (${label}): ingest with and without the reporting projection …`);
  const withP: number[] = [];
  const withoutP: number[] = [];
  const catchUp: number[] = [];
  const withCatchUp: number[] = [];
  // One run untimed first: the push path's code compiled by the JIT before either side is timed (else the
  // first run, without the projection, pays for it and the cost comes out lower than it is).
  {
    const { db, done } = await fresh();
    await ingestPerSecond(db, true);
    await done();
  }
  // Runs alternate, without and with, so that a slow spell of a shared machine falls on both.
  for (let i = 0; i < INGEST_PAIRS; i += 1)
    for (const project of [false, true]) {
      const { db, done } = await fresh();
      const r = await ingestPerSecond(db, project);
      if (r.refused > 0) log(`  # ingest refused ${r.refused} mutations: ${r.why.join(' | ')}`);
      (project ? withP : withoutP).push(r.perSecond);
      if (project) {
        catchUp.push(r.catchUpMs);
        withCatchUp.push(r.mutations / (r.mutations / r.perSecond + r.catchUpMs / 1000));
      }
      await done();
    }
  const a = percentile(withP, 50);
  const b = percentile(withoutP, 50);
  const pairs = withP.map((w, i) => round1((1 - w / (withoutP[i] ?? w)) * 100));
  return [
    {
      figure: `${label}_ingest_with_projection_per_s`,
      value: Math.round(a),
      unit: `mutations/s (median of ${INGEST_PAIRS})`,
    },
    {
      figure: `${label}_ingest_without_projection_per_s`,
      value: Math.round(b),
      unit: `mutations/s (median of ${INGEST_PAIRS})`,
    },
    {
      figure: `${label}_ingest_projection_cost_pct`,
      value: round1((1 - a / b) * 100),
      unit: `% lower with the projection (medians; run by run: ${pairs.join(', ')}; their median ${percentile(pairs, 50)})`,
    },
    {
      figure: `${label}_ingest_rollup_catch_up_ms`,
      value: Math.round(percentile(catchUp, 50)),
      unit: `ms after the pushes, counting the roll-up keys they left pending (median of ${INGEST_PAIRS})`,
    },
    {
      figure: `${label}_ingest_with_projection_and_catch_up_per_s`,
      value: Math.round(percentile(withCatchUp, 50)),
      unit: `mutations/s, the catch-up counted in (median of ${INGEST_PAIRS})`,
    },
  ];
}

export async function runCountyBenchmark(
  options: CountyBenchOptions,
  log: (line: string) => void = console.log,
): Promise<Figure[]> {
  const list: Figure[] = [];
  // each figure is printed as it is taken, so a run cut short keeps what it measured
  const figures = {
    push(...more: Figure[]) {
      for (const f of more) log(`  = ${f.figure}: ${f.value} ${f.unit}`);
      list.push(...more);
    },
  };
  const file = options.sqliteFile ?? join(mkdtempSync(join(tmpdir(), 'bench-county-')), 'county.sqlite');
  mkdirSync(join(file, '..'), { recursive: true });
  const seeded = existsSync(file);
  if (options.only !== 'postgres') {
    if (!options.ingestOnly)
      figures.push(
        ...(await onDatabase('sqlite', () => openSqlite(file), seeded, options, log, { dataDir: join(file, '..') })),
      );
    if (!options.readsOnly)
      figures.push(
        ...(await ingestFigures(
          'sqlite',
          async () => ({
            db: openSqlite(join(mkdtempSync(join(tmpdir(), 'bench-county-ingest-')), 'county.sqlite')),
            done: async () => {},
          }),
          log,
        )),
      );
  }
  if (options.only === 'sqlite') return list;
  if (options.ingestOnly) log('county bench: ingest only, no seeded county read');
  else if (options.postgresSeededUrl) {
    const url = options.postgresSeededUrl;
    figures.push(...(await onDatabase('postgres', () => openPostgres(url), true, options, log, { databaseUrl: url })));
  } else if (options.postgresUrl) {
    const database = await postgresFactory(options.postgresUrl);
    try {
      figures.push(
        ...(await onDatabase('postgres', () => database.open(), false, options, log, { databaseUrl: database.url })),
      );
    } finally {
      await database.cleanup();
    }
  }
  if (options.postgresUrl && !options.readsOnly) {
    const url = options.postgresUrl;
    figures.push(
      ...(await ingestFigures(
        'postgres',
        async () => {
          const d = await postgresFactory(url);
          return { db: d.open(), done: () => d.cleanup() };
        },
        log,
      )),
    );
  } else if (!options.postgresUrl)
    log('county bench: no PostgreSQL (set BENCH_DATABASE_URL): the PostgreSQL figures are not measured');
  return list;
}
