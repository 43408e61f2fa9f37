import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countyArb, ctx, employers, jobArb, P, prepared, seekerArb } from '#test/support/matching-county';
import { propertyRuns } from '#test/support/property-runs';
import { commuteMinutes } from './commute';
import { explainPair } from './explain';
import { matchJobsForSeeker, matchSeekersForJob } from './rank';
import { synthId } from './synthetic';
import type { MatchList } from './types';

/**
 * Properties of the engine over small random counties (fast-check prints the seed of any failure; FC_SEED
 * replays it): ranking, symmetry, fairness and commute.
 */
const pairs = (l: MatchList) => [...l.matches, ...l.nearMisses].map((m) => `${m.seekerId}|${m.jobId}|${m.score}`);

describe('matching properties: ranking and fairness', () => {
  it('ordering is deterministic: score descending then id, whatever the input order', () => {
    fc.assert(
      fc.property(countyArb, fc.infiniteStream(fc.double({ noNaN: true })), (c, noise) => {
        const { ps, pj } = prepared(c);
        const keys = pj.map(() => noise.next().value as number);
        const shuffled = pj
          .map((j, i) => ({ j, k: keys[i]! }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.j);
        for (const s of ps) {
          const a = matchJobsForSeeker(s, pj, ctx);
          expect(matchJobsForSeeker(s, shuffled, ctx)).toEqual(a);
          for (const list of [a.matches, a.nearMisses]) {
            for (let i = 1; i < list.length; i += 1) {
              const x = list[i - 1]!;
              const y = list[i]!;
              expect(x.score > y.score || (x.score === y.score && x.jobId < y.jobId)).toBe(true);
            }
          }
          expect(matchJobsForSeeker(s, pj, ctx, { limit: 2 }).matches).toEqual(a.matches.slice(0, 2));
        }
      }),
      propertyRuns(100),
    );
  });

  it('symmetry: J in S’s results exactly when S is in J’s, with the same score', () => {
    fc.assert(
      fc.property(countyArb, (c) => {
        const { ps, pj } = prepared(c);
        const fromSeekers = ps.flatMap((s) => pairs(matchJobsForSeeker(s, pj, ctx))).sort();
        const fromJobs = pj.flatMap((j) => pairs(matchSeekersForJob(j, ps, ctx))).sort();
        expect(fromJobs).toEqual(fromSeekers);
      }),
      propertyRuns(100),
    );
  });

  it('sex is never a factor', () => {
    fc.assert(
      fc.property(seekerArb, jobArb, (ms, mj) => {
        const s = ms(synthId(4, 1));
        const j = mj(synthId(3, 1));
        expect(explainPair({ ...s, sex: 'male' }, j, ctx)).toEqual(explainPair({ ...s, sex: 'female' }, j, ctx));
      }),
      propertyRuns(100),
    );
  });

  it('commute minutes from the engine equal the haversine formula', () => {
    fc.assert(
      fc.property(seekerArb, jobArb, (ms, mj) => {
        const s = ms(synthId(4, 1));
        const j = mj(synthId(3, 1));
        const why = explainPair(s, j, ctx);
        const a = ctx.gazetteer.find(s.villageCode);
        const b = ctx.gazetteer.find(employers.find((e) => e.id === j.employerId)?.villageCode ?? null);
        if (j.workplace === 'home-based') expect(why.commuteMinutes).toBe(0);
        else if (!a || !b) expect(why.commuteMinutes).toBeNull();
        else expect(why.commuteMinutes).toBeCloseTo(commuteMinutes(a, b, s.commute.mode, P.commute) ?? -1, 9);
      }),
      propertyRuns(100),
    );
  });
});
