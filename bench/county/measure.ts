/**
 * The console's reads on a seeded county, in this process: the summary (p95 over filters), a filtered, sorted
 * page of 50 of each ledger (p95), and the 200,000-row seekers export as `.xlsx` (seconds, and how far the
 * process's resident memory grew while it ran).
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { streamLedgerXlsx } from '#server/reporting/exports/xlsx-export';
import type { LedgerName, LedgerPageQuery } from '#server/reporting/ledger-source';
import { createReporting } from '#server/reporting/reporting';
import type { Database } from '#server/store/sql';
import { NOW } from './synth';

export const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

const YEAR = { from: '2025-12-01', to: '2026-11-30' };
const MONTH = { from: '2026-11-01', to: '2026-11-30' };

/** What the dashboard asks for: the county, a township, one station; a year and a month. */
const SUMMARIES = [
  { ...YEAR },
  { ...MONTH },
  { ...YEAR, area: '522626103' },
  { ...YEAR, station: 'bench-station-042' },
  { ...MONTH, station: 'bench-station-117' },
];

/** A filtered, sorted page of 50 of each ledger, as the console asks for one. */
export const PAGES: { ledger: LedgerName; query: LedgerPageQuery }[] = [
  { ledger: 'seekers', query: { ...YEAR, area: '522626104', sort: 'name', order: 'asc', page: 1, pageSize: 50 } },
  {
    ledger: 'seekers',
    query: { ...YEAR, own: { status: 'active' }, sort: 'registeredOn', order: 'desc', page: 3, pageSize: 50 },
  },
  { ledger: 'jobs', query: { own: { status: 'open' }, sort: 'positions', order: 'desc', page: 1, pageSize: 50 } },
  {
    ledger: 'placements',
    query: { ...YEAR, own: { only: 'placements' }, sort: 'startDate', order: 'desc', page: 1, pageSize: 50 },
  },
  {
    ledger: 'placements',
    query: { ...YEAR, station: 'bench-station-007', sort: 'referredOn', order: 'asc', page: 1, pageSize: 50 },
  },
  { ledger: 'visits', query: { own: { status: 'overdue' }, sort: 'dueOn', order: 'asc', page: 1, pageSize: 50 } },
  {
    ledger: 'visits',
    query: { ...YEAR, own: { status: 'done' }, sort: 'visitedOn', order: 'desc', page: 1, pageSize: 50 },
  },
  {
    ledger: 'trainees',
    query: { ...YEAR, own: { status: 'taken' }, sort: 'course', order: 'asc', page: 1, pageSize: 50 },
  },
  { ledger: 'subsidy-claims', query: { ...YEAR, sort: 'attendanceRate', order: 'desc', page: 1, pageSize: 50 } },
  {
    ledger: 'rights-findings',
    query: { own: { severity: 'high' }, sort: 'since', order: 'asc', page: 1, pageSize: 50 },
  },
  { ledger: 'duplicates', query: { own: { status: 'open' }, sort: 'foundAt', order: 'desc', page: 1, pageSize: 50 } },
];

async function timed<T>(work: () => Promise<T>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export interface ReadFigures {
  summaryMs: number[];
  trendMs: number[];
  pageMs: Map<string, number[]>;
}

/** Each summary and page `rounds` times after one warm-up round. */
export async function measureReads(db: Database, rounds: number): Promise<ReadFigures> {
  const reporting = createReporting(db, { now: () => NOW });
  const out: ReadFigures = { summaryMs: [], trendMs: [], pageMs: new Map() };
  for (let round = 0; round <= rounds; round += 1) {
    for (const filter of SUMMARIES) {
      const ms = await timed(() => reporting.summary(filter));
      if (round > 0) out.summaryMs.push(ms);
    }
    const trend = await timed(() => reporting.trend(YEAR));
    if (round > 0) out.trendMs.push(trend);
    for (const [i, p] of PAGES.entries()) {
      const ms = await timed(() => reporting.ledger(p.ledger).page(p.query));
      const key = `${i}:${p.ledger}`;
      if (round > 0) out.pageMs.set(key, [...(out.pageMs.get(key) ?? []), ms]);
    }
  }
  return out;
}

/** Every live seeker record (198,000) as `.xlsx` to a file; the resident memory sampled every 50 ms. */
export async function measureExport(
  db: Database,
): Promise<{ seconds: number; rows: number; rssGrowthMb: number; bytes: number }> {
  const reporting = createReporting(db, { now: () => NOW });
  const dir = mkdtempSync(join(tmpdir(), 'bench-county-export-'));
  const file = join(dir, 'seekers.xlsx');
  globalThis.gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const start = performance.now();
  const { body, done } = streamLedgerXlsx({ source: reporting.ledger('seekers'), filter: {}, full: false, at: NOW });
  await pipeline(body, createWriteStream(file));
  const rows = await done;
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const bytes = statSync(file).size;
  rmSync(dir, { recursive: true, force: true });
  return { seconds, rows, rssGrowthMb: (peak - base) / 2 ** 20, bytes };
}
