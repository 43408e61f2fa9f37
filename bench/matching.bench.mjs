// Matching engine benchmark in Node (issue 5). The engine is TypeScript in shared/matching, loaded through
// tsx's API; the benchmark itself is shared/matching/bench-kernel.ts, so a Chromium Web Worker can run the very
// same code (bundle shared/matching/index.ts into the worker, call runMatchingBenchmark with performance.now,
// prefix the figures with browser_).
//   seeker_vs_20k_jobs_median_ms   one seeker against 20,000 open jobs: screen, score, order all; reasons for a page of 50
//   job_vs_100k_seekers_median_ms  one job against 100,000 seekers, likewise
//   pairs_per_s                    candidate pairs screened per second over both kinds of query
// Data: a seeded synthetic county (shared/matching/synthetic.ts), the same on every run.
import { tsImport } from 'tsx/esm/api';

export async function run() {
  const engine = await tsImport('../shared/matching/index.ts', import.meta.url);
  return engine.runMatchingBenchmark({ now: () => performance.now() });
}
