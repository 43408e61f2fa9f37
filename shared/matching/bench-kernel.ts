import { createMatchContext } from './context';
import { prepareJob, prepareSeeker } from './prepare';
import { matchJobsForSeeker, matchSeekersForJob } from './rank';
import { syntheticCounty } from './synthetic';
import type { PreparedJob, PreparedSeeker } from './types';

/**
 * The matching benchmark, runnable anywhere (Node, or a browser Web Worker): the caller passes its clock.
 * One synthetic county (seeded): 20,000 open jobs and 100,000 seekers over 300 villages. Queries ask for a
 * first page of 50 matches and 50 near misses — every candidate is screened, scored and ordered, and reasons
 * are built for the page — as a screen does; the "_all_reasons" figures build reasons for every result.
 */
export interface BenchFigure {
  readonly figure: string;
  readonly value: number;
  readonly unit: string;
}

export interface BenchOptions {
  readonly now: () => number;
  readonly jobs?: number;
  readonly seekers?: number;
  readonly seekerQueries?: number;
  readonly jobQueries?: number;
  readonly seed?: number;
}

const TODAY = '2026-03-02';
const PAGE = 50;

const quantile = (values: readonly number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};
const ms = (x: number): number => Math.round(x * 100) / 100;

export function runMatchingBenchmark(o: BenchOptions): BenchFigure[] {
  const jobsN = o.jobs ?? 20_000;
  const seekersN = o.seekers ?? 100_000;
  const county = syntheticCounty({ villages: 300, jobs: jobsN, seekers: seekersN }, TODAY, o.seed ?? 2026);
  const ctx = createMatchContext(
    { today: TODAY, villages: county.villages, employers: county.employers },
    { minimumHourlyWage: 15.6 },
  );
  let t = o.now();
  const jobs = county.jobs.map((j) => prepareJob(j, ctx));
  const prepareJobsMs = o.now() - t;
  t = o.now();
  const seekers = county.seekers.map((s) => prepareSeeker(s, ctx));
  const prepareSeekersMs = o.now() - t;

  const sq = o.seekerQueries ?? 101;
  const jq = o.jobQueries ?? 41;
  const firstSeeker = seekers[0];
  const firstJob = jobs[0];
  if (!firstSeeker || !firstJob) return [];
  const seekerAt = (i: number): PreparedSeeker => seekers[(i * 7919) % seekers.length] ?? firstSeeker;
  const jobAt = (i: number): PreparedJob => jobs[(i * 104_729) % jobs.length] ?? firstJob;
  // warm-up: let the JIT settle
  for (let i = 0; i < 20; i += 1) matchJobsForSeeker(seekerAt(sq + i), jobs, ctx, { limit: PAGE });
  for (let i = 0; i < 3; i += 1) matchSeekersForJob(jobAt(jq + i), seekers, ctx, { limit: PAGE });

  const run = (n: number, one: (i: number) => { matchCount: number; nearMissCount: number }) => {
    const times: number[] = [];
    let found = 0;
    for (let i = 0; i < n; i += 1) {
      const start = o.now();
      const r = one(i);
      times.push(o.now() - start);
      found += r.matchCount + r.nearMissCount;
    }
    return { times, found: found / n, total: times.reduce((a, b) => a + b, 0) };
  };
  const bySeeker = run(sq, (i) => matchJobsForSeeker(seekerAt(i), jobs, ctx, { limit: PAGE }));
  const byJob = run(jq, (i) => matchSeekersForJob(jobAt(i), seekers, ctx, { limit: PAGE }));
  const bySeekerAll = run(sq, (i) => matchJobsForSeeker(seekerAt(i), jobs, ctx));
  const byJobAll = run(jq, (i) => matchSeekersForJob(jobAt(i), seekers, ctx));
  const pairs = sq * jobs.length + jq * seekers.length;
  return [
    { figure: 'seeker_vs_20k_jobs_median_ms', value: ms(quantile(bySeeker.times, 0.5)), unit: 'ms' },
    { figure: 'job_vs_100k_seekers_median_ms', value: ms(quantile(byJob.times, 0.5)), unit: 'ms' },
    { figure: 'pairs_per_s', value: Math.round(pairs / ((bySeeker.total + byJob.total) / 1000)), unit: 'pairs/s' },
    { figure: 'seeker_vs_20k_jobs_p95_ms', value: ms(quantile(bySeeker.times, 0.95)), unit: 'ms' },
    { figure: 'job_vs_100k_seekers_p95_ms', value: ms(quantile(byJob.times, 0.95)), unit: 'ms' },
    { figure: 'seeker_vs_20k_jobs_all_reasons_median_ms', value: ms(quantile(bySeekerAll.times, 0.5)), unit: 'ms' },
    { figure: 'job_vs_100k_seekers_all_reasons_median_ms', value: ms(quantile(byJobAll.times, 0.5)), unit: 'ms' },
    { figure: 'seeker_results_mean', value: Math.round(bySeeker.found), unit: 'matches+near misses' },
    { figure: 'job_results_mean', value: Math.round(byJob.found), unit: 'matches+near misses' },
    { figure: 'prepare_20k_jobs_ms', value: Math.round(prepareJobsMs), unit: 'ms' },
    { figure: 'prepare_100k_seekers_ms', value: Math.round(prepareSeekersMs), unit: 'ms' },
  ];
}
