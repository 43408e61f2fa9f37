import { pairMinutes, screen, SCREEN_EXCLUDED, SCREEN_MATCH } from './checks';
import { nearMissResult, scoredResult } from './explain';
import type { MatchParameters } from './parameters';
import { paramsOf } from './prepare';
import { pairScore } from './score';
import type { MatchContext, MatchList, MatchResult, NearMiss, PreparedJob, PreparedSeeker } from './types';

/**
 * Ranking in both directions. Both run the same `screen` and the same scoring on the same prepared pair, so a
 * pair has one score whichever side asks (symmetry). Order: score descending, then the other side's id
 * ascending (plain code-unit comparison, the same on every machine). Reasons are built only for what is
 * returned.
 */
export interface RankOptions {
  /** build and return at most this many matches and this many near misses (all are still counted) */
  readonly limit?: number;
}

interface Candidate {
  readonly ps: PreparedSeeker;
  readonly pj: PreparedJob;
  readonly screened: number;
  /** score × 10: an integer 0–1000 */
  readonly tenths: number;
  readonly otherId: string;
}

const byId = (a: Candidate, b: Candidate): number => (a.otherId < b.otherId ? -1 : a.otherId > b.otherId ? 1 : 0);

/** The first `limit` candidates by score then id: a counting sort on the score, then ids sorted within ties. */
function top(cands: readonly Candidate[], limit: number): Candidate[] {
  const counts = new Int32Array(1002);
  for (const c of cands) counts[1001 - c.tenths] = (counts[1001 - c.tenths] ?? 0) + 1;
  for (let i = 1; i < counts.length; i += 1) counts[i] = (counts[i] ?? 0) + (counts[i - 1] ?? 0);
  // counts[k] is now the end of bucket k; fill from the start of each bucket
  const start = new Int32Array(1002);
  for (let i = 1; i < counts.length; i += 1) start[i] = counts[i - 1] ?? 0;
  const out = new Array<Candidate>(cands.length);
  const next = start.slice();
  for (const c of cands) {
    const b = 1001 - c.tenths;
    out[next[b] ?? 0] = c;
    next[b] = (next[b] ?? 0) + 1;
  }
  const want = Math.min(limit, cands.length);
  for (let b = 0; b < counts.length && (start[b] ?? 0) < want; b += 1) {
    const from = start[b] ?? 0;
    const to = counts[b] ?? 0;
    if (to - from > 1) {
      const segment = out.slice(from, to).sort(byId);
      for (let i = 0; i < segment.length; i += 1) out[from + i] = segment[i] as Candidate;
    }
  }
  out.length = want;
  return out;
}

function candidate(
  ps: PreparedSeeker,
  pj: PreparedJob,
  screened: number,
  otherId: string,
  ctx: MatchContext,
  p: MatchParameters,
): Candidate {
  const score = pairScore(ps, pj, pairMinutes(ps, pj, p), ctx.minimumHourlyWage ?? null, p);
  return { ps, pj, screened, tenths: Math.max(0, Math.min(1000, Math.round(score * 10))), otherId };
}

function rank(
  candidates: readonly Candidate[],
  considered: number,
  ctx: MatchContext,
  options: RankOptions,
): MatchList {
  const p = paramsOf(ctx);
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const matched = candidates.filter((c) => c.screened === SCREEN_MATCH);
  const near = candidates.filter((c) => c.screened !== SCREEN_MATCH);
  const matches: MatchResult[] = top(matched, limit).map((c) => scoredResult(c.ps, c.pj, ctx, p));
  const nearMisses: NearMiss[] = top(near, limit).map((c) => nearMissResult(c.ps, c.pj, c.screened, ctx, p));
  return {
    matches,
    nearMisses,
    matchCount: matched.length,
    nearMissCount: near.length,
    considered,
    excluded: considered - candidates.length,
  };
}

/** One seeker against many jobs: the jobs that fit, best first, and the near misses apart. */
export function matchJobsForSeeker(
  seeker: PreparedSeeker,
  jobs: readonly PreparedJob[],
  ctx: MatchContext,
  options: RankOptions = {},
): MatchList {
  const p = paramsOf(ctx);
  const candidates: Candidate[] = [];
  if (seeker.ineligible === null) {
    for (const pj of jobs) {
      const screened = screen(seeker, pj, p);
      if (screened !== SCREEN_EXCLUDED) candidates.push(candidate(seeker, pj, screened, pj.id, ctx, p));
    }
  }
  return rank(candidates, jobs.length, ctx, options);
}

/** One job against many seekers: the people it fits, best first, and the near misses apart. */
export function matchSeekersForJob(
  job: PreparedJob,
  seekers: readonly PreparedSeeker[],
  ctx: MatchContext,
  options: RankOptions = {},
): MatchList {
  const p = paramsOf(ctx);
  const candidates: Candidate[] = [];
  if (job.ineligible === null) {
    for (const ps of seekers) {
      const screened = screen(ps, job, p);
      if (screened !== SCREEN_EXCLUDED) candidates.push(candidate(ps, job, screened, ps.id, ctx, p));
    }
  }
  return rank(candidates, seekers.length, ctx, options);
}
