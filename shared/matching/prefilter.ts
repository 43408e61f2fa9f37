import type { Job } from '../entities/job';
import { chord2 } from './commute';
import { LITERACY_RANK } from './parameters';
import { paramsOf } from './prepare';
import type { MatchContext, PreparedSeeker } from './types';

/**
 * A cheap first cut over postings not yet prepared, for one prepared seeker: whether a posting is worth preparing
 * to rank it. It answers false only for a posting `screen` would exclude once prepared against the same `ctx` —
 * closed, ended or deleted, asking for more literacy than the person has, or on site beyond the person's farthest
 * reach (where their village and the employer's are both known) — so ranking just the postings it keeps gives the
 * same list as ranking all of them. It reads the posting's own fields and its employer's place, once per employer.
 */
export function jobWorthPreparing(ps: PreparedSeeker, ctx: MatchContext): (job: Job) => boolean {
  const p = paramsOf(ctx);
  if (ps.ineligible !== null || ps.age < p.legal.minimumAge) return () => false;
  const from = ps.place;
  const withinReach = new Map<string, boolean>();
  const reachable = (employerId: string): boolean => {
    if (from === null) return true;
    let near = withinReach.get(employerId);
    if (near === undefined) {
      const to = ctx.gazetteer.find(ctx.employers.get(employerId)?.villageCode ?? null);
      near = to === null || chord2(from, to) <= ps.reachChord2;
      withinReach.set(employerId, near);
    }
    return near;
  };
  return (job) => {
    if (job.deleted || job.status !== 'open' || (job.endDate !== null && job.endDate < ctx.today)) return false;
    if (ps.literacy < LITERACY_RANK[job.literacyNeeded]) return false;
    return job.workplace === 'home-based' || reachable(job.employerId);
  };
}
