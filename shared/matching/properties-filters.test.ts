import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countyArb,
  ctx,
  employers,
  gridArb,
  jobArb,
  P,
  prepared,
  seekerArb,
  TODAY,
  villages,
} from '#test/support/matching-county';
import { LONG_PROPERTY, propertyRuns } from '#test/support/property-runs';
import type { Job } from '../entities/job';
import type { Seeker } from '../entities/seeker';
import { ageOn } from '../registry/seeker-rules';
import { EMPTY_WEEK, minus, parseTime, within, withRange, type Day } from '../schedule/week-grid';
import { greatCircleKm, tripMinutes } from './commute';
import { explainPair, explainPrepared } from './explain';
import { LEVEL_RANK, LITERACY_RANK } from './parameters';
import { prepareSeeker } from './prepare';
import { matchJobsForSeeker } from './rank';
import { synthId } from './synthetic';
import type { PairExplanation } from './types';

/**
 * Properties of the engine over small random counties (fast-check prints the seed of any failure; FC_SEED
 * replays it): the hard filters and the verdicts. The oracle
 * for "no result breaks a hard filter" is written again here from the raw records and the week-grid helpers,
 * not from the engine's bitsets.
 */
const gazetteer = new Map(villages.map((v) => [v.code, v]));

/** The hard filters, restated from the records (the oracle). */
function breaksHardFilter(s: Seeker, j: Job): string | null {
  if (s.status !== 'active' || !s.consent.matching || j.status !== 'open' || (j.endDate !== null && j.endDate < TODAY))
    return 'eligibility';
  const age = ageOn(s.birthDate, TODAY);
  if (age < 16) return 'age';
  if ((s.pregnant && j.physical.liftKg > 10) || (age < 18 && j.physical.liftKg > 20)) return 'prohibited';
  if (LITERACY_RANK[s.literacy] < LITERACY_RANK[j.literacyNeeded]) return 'literacy';
  const ph = s.physical;
  if (j.physical.standingHours > (ph.standingHoursMax ?? Infinity) || j.physical.liftKg > (ph.liftKgMax ?? Infinity))
    return 'physical';
  if ((j.physical.fineEyesight && ph.eyesight === 'limited') || (j.physical.bothHands && ph.hands === 'limited'))
    return 'physical';
  // a wheelchair at a workplace with steps; someone who cannot walk far in work that means walking
  const mobility = ph.mobility ?? 'full';
  if (j.workplace === 'on-site' && mobility === 'wheelchair' && j.physical.stepFree === 'no') return 'physical';
  if (mobility !== 'full' && j.physical.muchWalking === true) return 'physical';
  // every skill asked for, held at the level asked or above
  if (!j.skills.every((k) => s.skills.some((h) => h.code === k.code && LEVEL_RANK[h.level] >= LEVEL_RANK[k.level])))
    return 'skills';
  if (j.schedule.kind === 'grid') {
    const care = s.careDuties
      .filter((c) => j.workplace === 'on-site' || c.kind === 'school-pickup' || c.kind === 'other')
      .reduce(
        (g, c) =>
          withRange(
            g,
            c.days as Day[],
            (parseTime(c.from) as { value: number }).value,
            (parseTime(c.to) as { value: number }).value,
            true,
          ),
        EMPTY_WEEK,
      );
    if (!within(j.schedule.grid, minus(s.availability, care))) return 'schedule';
  }
  if (j.workplace === 'on-site') {
    const a = gazetteer.get(s.villageCode ?? '');
    const b = gazetteer.get(employers.find((e) => e.id === j.employerId)?.villageCode ?? '');
    if (
      a &&
      b &&
      tripMinutes(greatCircleKm(a.latitude, a.longitude, b.latitude, b.longitude), s.commute.mode, P.commute) >
        s.commute.maxMinutes + 1e-9
    )
      return 'commute';
  }
  return null;
}

const VERDICT_RANK: Record<PairExplanation['verdict'], number> = { excluded: 0, 'near-miss': 1, match: 2 };

describe('matching properties: filters and verdicts', () => {
  it('no match breaks a hard filter; every near miss fails exactly one softenable filter', () => {
    fc.assert(
      fc.property(countyArb, (c) => {
        const { ps, pj } = prepared(c);
        for (const [i, s] of ps.entries()) {
          const list = matchJobsForSeeker(s, pj, ctx);
          for (const m of list.matches)
            expect(
              breaksHardFilter(
                c.seekers[i]!,
                c.jobs.find((j) => j.id === m.jobId)!,
              ),
            ).toBeNull();
          for (const n of list.nearMisses) {
            const why = explainPrepared(
              s,
              pj.find((j) => j.id === n.jobId)!,
              ctx,
            );
            expect(why.checks.filter((k) => k.outcome === 'fail').map((k) => [k.filter, k.softenable])).toEqual([
              [n.failed, true],
            ]);
          }
        }
      }),
      propertyRuns(100),
    );
  });

  it('the fast screen and the why / why-not panel agree on every pair, and on the score', LONG_PROPERTY, () => {
    fc.assert(
      fc.property(countyArb, (c) => {
        const { ps, pj } = prepared(c);
        for (const s of ps) {
          const list = matchJobsForSeeker(s, pj, ctx);
          for (const j of pj) {
            const why = explainPrepared(s, j, ctx);
            const inMatches = list.matches.find((m) => m.jobId === j.id);
            const inNear = list.nearMisses.find((m) => m.jobId === j.id);
            expect(why.verdict).toBe(inMatches ? 'match' : inNear ? 'near-miss' : 'excluded');
            if (inMatches ?? inNear) expect((inMatches ?? inNear)?.score).toBe(why.score);
            expect(why.verdict === 'match').toBe(why.checks.every((k) => k.outcome !== 'fail'));
          }
        }
      }),
      propertyRuns(100),
    );
  });

  it('adding a skill the job asks for never lowers the score nor worsens the verdict', () => {
    fc.assert(
      fc.property(seekerArb, jobArb, fc.nat(), fc.constantFrom('beginner', 'skilled', 'expert'), (ms, mj, k, level) => {
        const s = ms(synthId(4, 1));
        const j = mj(synthId(3, 1));
        fc.pre(j.skills.length > 0);
        const code = j.skills[k % j.skills.length]!.code;
        const before = explainPair(s, j, ctx);
        const after = explainPair({ ...s, skills: [...s.skills, { code, level }] }, j, ctx);
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(VERDICT_RANK[after.verdict]).toBeGreaterThanOrEqual(VERDICT_RANK[before.verdict]);
        expect(after.subScores.skills).toBeGreaterThanOrEqual(before.subScores.skills);
        if (LEVEL_RANK[level] >= LEVEL_RANK[j.skills[k % j.skills.length]!.level])
          expect(after.reasonsFor.some((r) => r.code === 'skills.has' && r.params.skill === code)).toBe(true);
      }),
      propertyRuns(100),
    );
  });

  it('removing availability never adds matches', () => {
    fc.assert(
      fc.property(countyArb, gridArb, (c, removed) => {
        const { pj } = prepared(c);
        for (const s of c.seekers) {
          const before = new Set(matchJobsForSeeker(prepareSeeker(s, ctx), pj, ctx).matches.map((m) => m.jobId));
          const after = matchJobsForSeeker(
            prepareSeeker({ ...s, availability: minus(s.availability, removed) }, ctx),
            pj,
            ctx,
          ).matches.map((m) => m.jobId);
          for (const id of after) expect(before.has(id)).toBe(true);
        }
      }),
      propertyRuns(100),
    );
  });
});
