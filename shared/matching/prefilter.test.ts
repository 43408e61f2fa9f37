import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countyArb, ctx as smallCtx, P, prepared } from '#test/support/matching-county';
import { propertyRuns } from '#test/support/property-runs';
import { screen, SCREEN_EXCLUDED } from './checks';
import { createMatchContext } from './context';
import { jobWorthPreparing } from './prefilter';
import { prepareJob, prepareSeeker } from './prepare';
import { matchJobsForSeeker } from './rank';
import { syntheticCounty } from './synthetic';

describe('the cheap first cut over postings not yet prepared', () => {
  it('drops only postings the screen excludes, so ranking what it keeps gives the same list', () => {
    fc.assert(
      fc.property(countyArb, (c) => {
        const { ps, pj } = prepared(c);
        for (const s of ps) {
          const worth = jobWorthPreparing(s, smallCtx);
          c.jobs.forEach((job, i) => {
            if (!worth(job)) expect(screen(s, pj[i]!, P)).toBe(SCREEN_EXCLUDED);
          });
          const kept = pj.filter((_, i) => worth(c.jobs[i]!));
          const { considered: _a, excluded: _b, ...full } = matchJobsForSeeker(s, pj, smallCtx, { limit: 3 });
          const { considered: _c, excluded: _d, ...cut } = matchJobsForSeeker(s, kept, smallCtx, { limit: 3 });
          expect(cut).toEqual(full);
        }
      }),
      propertyRuns(200),
    );
  });

  it('keeps far fewer postings than a county holds, and every one that matches', () => {
    const today = '2026-03-02';
    const county = syntheticCounty({ villages: 300, jobs: 400, seekers: 40 }, today);
    const ctx = createMatchContext({ today, villages: county.villages, employers: county.employers });
    const jobs = county.jobs.map((j) => prepareJob(j, ctx));
    let kept = 0;
    let all = 0;
    for (const seeker of county.seekers) {
      const ps = prepareSeeker(seeker, ctx);
      const worth = jobWorthPreparing(ps, ctx);
      const keep = jobs.filter((pj) => worth(pj.source));
      const full = matchJobsForSeeker(ps, jobs, ctx);
      const cut = matchJobsForSeeker(ps, keep, ctx);
      expect(cut.matches).toEqual(full.matches);
      expect(cut.nearMisses).toEqual(full.nearMisses);
      kept += keep.length;
      all += jobs.length;
    }
    expect(kept).toBeLessThan(all / 2);
  });
});
