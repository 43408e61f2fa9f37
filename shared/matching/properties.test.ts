import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Job } from '../entities/job';
import type { Seeker } from '../entities/seeker';
import { ageOn } from '../registry/seeker-rules';
import {
  EMPTY_WEEK,
  minus,
  parseTime,
  presetGrid,
  within,
  withRange,
  WEEKDAYS,
  type Day,
  type WeekGrid,
} from '../schedule/week-grid';
import { commuteMinutes, greatCircleKm, tripMinutes } from './commute';
import { createMatchContext } from './context';
import { explainPair, explainPrepared } from './explain';
import { DEFAULT_PARAMETERS, LEVEL_RANK, LITERACY_RANK } from './parameters';
import { prepareJob, prepareSeeker } from './prepare';
import { matchJobsForSeeker, matchSeekersForJob } from './rank';
import { makeJob, makeSeeker, makeVillage, synthId } from './synthetic';
import type { MatchContext, MatchList, PairExplanation } from './types';

/**
 * Properties of the engine over small random counties (fast-check prints the seed of any failure). The oracle
 * for "no result breaks a hard filter" is written again here from the raw records and the week-grid helpers,
 * not from the engine's bitsets.
 */
const TODAY = '2026-03-02';
const CODES = ['522626101201', '522626101202', '522626102201', '522626103201'];
const villages = [
  makeVillage(CODES[0]!, 27.1, 108.7),
  makeVillage(CODES[1]!, 27.12, 108.72),
  makeVillage(CODES[2]!, 27.16, 108.76),
  makeVillage(CODES[3]!, 27.2, 108.66),
];
const employers = [
  { id: synthId(2, 0), villageCode: CODES[0]!, deleted: false },
  { id: synthId(2, 1), villageCode: CODES[2]!, deleted: false },
  { id: synthId(2, 2), villageCode: '522626109201', deleted: false }, // not in the gazetteer
];
const SKILLS = ['sewing-machine', 'embroidery', 'cleaning', 'forklift', 'elderly-care'];
const ctx: MatchContext = createMatchContext(
  { today: TODAY, villages, employers },
  {
    rightsFlags: (id) =>
      id === employers[1]!.id ? [{ code: 'no-contract', severity: 'high', zh: '未签合同', en: 'No contract' }] : [],
    minimumHourlyWage: 15.6,
  },
);
const P = DEFAULT_PARAMETERS;

const range = fc.record({
  day: fc.integer({ min: 0, max: 6 }),
  from: fc.integer({ min: 10, max: 44 }),
  len: fc.integer({ min: 1, max: 20 }),
});
const addRanges = (base: WeekGrid, rs: readonly { day: number; from: number; len: number }[]): WeekGrid =>
  rs.reduce<WeekGrid>((g, r) => withRange(g, [r.day as Day], r.from, r.from + r.len, true), base);
const gridArb = fc.array(range, { minLength: 1, maxLength: 4 }).map((rs) => addRanges(EMPTY_WEEK, rs));
const BASES = [
  EMPTY_WEEK,
  presetGrid('weekdaysFullDay'),
  presetGrid('schoolHours'),
  presetGrid('mornings'),
  presetGrid('weekends'),
];
const availabilityArb = fc
  .tuple(fc.constantFrom(...BASES), fc.array(range, { maxLength: 4 }))
  .map(([base, rs]) => addRanges(base, rs));
const jobGridArb = fc.oneof(
  fc.constantFrom(
    withRange(EMPTY_WEEK, WEEKDAYS, 18, 30, true),
    withRange(EMPTY_WEEK, WEEKDAYS, 16, 34, true),
    withRange(EMPTY_WEEK, WEEKDAYS, 17, 31, true),
    presetGrid('mornings'),
  ),
  fc
    .array(
      fc.record({
        day: fc.integer({ min: 0, max: 6 }),
        from: fc.integer({ min: 14, max: 36 }),
        len: fc.integer({ min: 1, max: 10 }),
      }),
      { minLength: 1, maxLength: 3 },
    )
    .map((rs) => addRanges(EMPTY_WEEK, rs)),
);
const skillsArb = fc.uniqueArray(
  fc.record({ code: fc.constantFrom(...SKILLS), level: fc.constantFrom('beginner', 'skilled', 'expert') }),
  { selector: (s) => s.code, maxLength: 3 },
);
const jobSkillsArb = fc.oneof(
  fc.constant([]),
  fc.uniqueArray(
    fc.record({ code: fc.constantFrom(...SKILLS), level: fc.constantFrom('beginner', 'skilled', 'expert') }),
    { selector: (s) => s.code, minLength: 1, maxLength: 2 },
  ),
);
const time = fc.integer({ min: 14, max: 40 });
const careArb = fc
  .record({
    kind: fc.constantFrom('school-pickup', 'childcare', 'elder-care', 'other'),
    days: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
    from: time,
    len: fc.integer({ min: 1, max: 4 }),
  })
  .map((c) => ({
    kind: c.kind,
    days: c.days,
    from: `${String(Math.floor(c.from / 2)).padStart(2, '0')}:${c.from % 2 ? '30' : '00'}`,
    to: `${String(Math.floor((c.from + c.len) / 2)).padStart(2, '0')}:${(c.from + c.len) % 2 ? '30' : '00'}`,
    note: '',
  }));

const seekerArb = fc
  .record({
    sex: fc.constantFrom('male', 'female'),
    age: fc.integer({ min: 14, max: 70 }),
    literacy: fc.constantFrom('none', 'basic', 'fluent'),
    skills: skillsArb,
    availability: availabilityArb,
    careDuties: fc.array(careArb, { maxLength: 2 }),
    standing: fc.option(fc.integer({ min: 0, max: 10 })),
    lift: fc.option(fc.integer({ min: 0, max: 40 })),
    eyesight: fc.constantFrom('good', 'good', 'good', 'limited'),
    hands: fc.constantFrom('full', 'full', 'full', 'limited'),
    maxMinutes: fc.constantFrom(0, 15, 20, 30, 45, 60, 60, 90),
    mode: fc.constantFrom('walk', 'bicycle', 'ebike', 'motorcycle', 'bus', 'car'),
    village: fc.option(fc.constantFrom(...CODES, '522626108201'), { freq: 8 }),
    homeBasedWanted: fc.boolean(),
    floor: fc.option(
      fc.record({ amount: fc.integer({ min: 10, max: 4000 }), per: fc.constantFrom('month', 'day', 'hour') }),
    ),
    pregnant: fc.constantFrom(false, false, false, true),
    active: fc.constantFrom(true, true, true, true, false),
    consent: fc.constantFrom(true, true, true, true, false),
  })
  .map(
    (r) =>
      (id: string): Seeker =>
        makeSeeker(id, {
          sex: r.sex,
          birthDate: `${2026 - r.age}-0${1 + (r.age % 6)}-15`,
          literacy: r.literacy,
          skills: r.skills,
          availability: r.availability,
          careDuties: r.careDuties,
          physical: { standingHoursMax: r.standing, liftKgMax: r.lift, eyesight: r.eyesight, hands: r.hands },
          commute: { maxMinutes: r.maxMinutes, mode: r.mode },
          villageCode: r.village,
          homeBasedWanted: r.homeBasedWanted,
          payFloor: r.floor,
          pregnant: r.pregnant,
          status: r.active ? 'active' : 'inactive',
          consent: { date: '2024-01-01', matching: r.consent, county: true, recordedBy: 't', withdrawnOn: null },
        }),
  );

const payArb = fc.oneof(
  fc.record({ kind: fc.constant('hourly' as const), amount: fc.integer({ min: 8, max: 40 }) }),
  fc.record({ kind: fc.constant('daily' as const), amount: fc.integer({ min: 60, max: 300 }) }),
  fc.record({ kind: fc.constant('monthly' as const), amount: fc.integer({ min: 1200, max: 6000 }) }),
  fc.record({
    kind: fc.constant('piece' as const),
    amount: fc.double({ min: 0.1, max: 10, noNaN: true }),
    piecesPerHour: fc.double({ min: 1, max: 50, noNaN: true }),
  }),
);
const jobArb = fc
  .record({
    skills: jobSkillsArb,
    flexible: fc.constantFrom(false, false, true),
    grid: jobGridArb,
    homeBased: fc.constantFrom(false, false, true),
    standing: fc.integer({ min: 0, max: 8 }),
    lift: fc.integer({ min: 0, max: 25 }),
    fineEyesight: fc.constantFrom(false, false, true),
    bothHands: fc.boolean(),
    literacy: fc.constantFrom('none', 'none', 'basic', 'fluent'),
    pay: payArb,
    contract: fc.constantFrom('labour', 'part-time', 'labour-service', 'none'),
    insurance: fc.boolean(),
    employer: fc.integer({ min: 0, max: 2 }),
    open: fc.constantFrom(true, true, true, true, false),
    endDate: fc.constantFrom(null, '2025-12-31', '2026-06-30', '2027-12-31'),
  })
  .map(
    (r) =>
      (id: string): Job =>
        makeJob(id, employers[r.employer]!.id, {
          skills: [...r.skills],
          schedule: r.flexible ? { kind: 'flexible' } : { kind: 'grid', grid: r.grid },
          workplace: r.homeBased ? 'home-based' : 'on-site',
          physical: { standingHours: r.standing, liftKg: r.lift, fineEyesight: r.fineEyesight, bothHands: r.bothHands },
          literacyNeeded: r.literacy,
          pay: r.pay,
          contractKind: r.contract,
          socialInsurance: r.insurance,
          status: r.open ? 'open' : 'closed',
          endDate: r.endDate,
        }),
  );

const countyArb = fc
  .record({
    seekers: fc.array(seekerArb, { minLength: 1, maxLength: 8 }),
    jobs: fc.array(jobArb, { minLength: 1, maxLength: 8 }),
  })
  .map(({ seekers, jobs }) => ({
    seekers: seekers.map((make, i) => make(synthId(4, i))),
    jobs: jobs.map((make, i) => make(synthId(3, i))),
  }));

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
  if (!j.skills.every((k) => s.skills.some((h) => h.code === k.code))) return 'skills';
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

const prepared = (c: { seekers: Seeker[]; jobs: Job[] }) => ({
  ps: c.seekers.map((s) => prepareSeeker(s, ctx)),
  pj: c.jobs.map((j) => prepareJob(j, ctx)),
});
const pairs = (l: MatchList) => [...l.matches, ...l.nearMisses].map((m) => `${m.seekerId}|${m.jobId}|${m.score}`);
const VERDICT_RANK: Record<PairExplanation['verdict'], number> = { excluded: 0, 'near-miss': 1, match: 2 };

describe('matching properties', () => {
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
    );
  });

  it('the fast screen and the why / why-not panel agree on every pair, and on the score', () => {
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
    );
  });

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
    );
  });

  it('sex is never a factor', () => {
    fc.assert(
      fc.property(seekerArb, jobArb, (ms, mj) => {
        const s = ms(synthId(4, 1));
        const j = mj(synthId(3, 1));
        expect(explainPair({ ...s, sex: 'male' }, j, ctx)).toEqual(explainPair({ ...s, sex: 'female' }, j, ctx));
      }),
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
    );
  });
});
