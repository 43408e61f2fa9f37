// The county console benchmark: a synthetic county of 200,000 seekers, 30,000 postings, 60,000 placements,
// 100,000 visits, 20,000 enrolments with their roll-calls and 300 stations, on SQLite and PostgreSQL
// (BENCH_DATABASE_URL or TEST_DATABASE_URL). The work is in bench/county/. `--no-browser` skips Chromium,
// `--sqlite-only` and `--postgres-only` one of the databases; `--reads-only` measures the summary, trend and
// ledger pages only (no export, first screen or ingest), `--ingest-only` the ingest runs alone (fresh databases);
// BENCH_COUNTY_SQLITE=FILE keeps the seeded SQLite county in FILE and reuses it on the next run;
// BENCH_COUNTY_POSTGRES=URL reads a PostgreSQL county seeded before instead of seeding a fresh one;
// BENCH_COUNTY_ROUNDS=N times each read N times (5).
import { tsImport } from 'tsx/esm/api';

export async function run() {
  const { runCountyBenchmark } = await tsImport('./county/kernel.ts', import.meta.url);
  return runCountyBenchmark({
    sqliteFile: process.env.BENCH_COUNTY_SQLITE || undefined,
    postgresUrl: process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? null,
    postgresSeededUrl: process.env.BENCH_COUNTY_POSTGRES || undefined,
    browser: !process.argv.includes('--no-browser'),
    readsOnly: process.argv.includes('--reads-only'),
    ingestOnly: process.argv.includes('--ingest-only'),
    rounds: Number(process.env.BENCH_COUNTY_ROUNDS ?? 5),
    only: process.argv.includes('--sqlite-only')
      ? 'sqlite'
      : process.argv.includes('--postgres-only')
        ? 'postgres'
        : undefined,
  });
}
