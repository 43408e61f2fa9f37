import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LONG_PROPERTY, propertyRuns } from '#test/support/property-runs';
import { createMatchContext } from '../matching/context';
import { prepareJob, prepareSeeker } from '../matching/prepare';
import { makeJob, makeSeeker, makeVillage, syntheticCounty, synthId } from '../matching/synthetic';
import { EMPTY_WEEK } from '../schedule/week-grid';
import { compareGapRows, skillsGap, type SkillGapRow } from './skills-gap';

/**
 * The skills gap on a small county: two villages of one township and one of another, all close together.
 * Demand: 10 sewing places and 3 cooking places (one posting needs both sewing and pastry).
 */
const V1 = '522626101201';
const V2 = '522626101202';
const V3 = '522626102201';
const villages = [makeVillage(V1, 26.0, 107.5), makeVillage(V2, 26.001, 107.501), makeVillage(V3, 26.002, 107.502)];
const employer = { id: synthId(2, 1), villageCode: V1, deleted: false };
const ctx = createMatchContext({ today: '2026-11-25', villages, employers: [employer] });
const job = (n: number, fields: Parameters<typeof makeJob>[2]) =>
  prepareJob(makeJob(synthId(3, n), employer.id, fields), ctx);
const seeker = (n: number, villageCode: string, skills: string[], fields: Parameters<typeof makeSeeker>[1] = {}) =>
  prepareSeeker(
    makeSeeker(synthId(4, n), {
      villageCode,
      skills: skills.map((code) => ({ code, level: 'skilled' as const })),
      ...fields,
    }),
    ctx,
  );

const jobs = [
  job(1, { skills: [{ code: 'sewing-machine', level: 'beginner' }], positions: 10 }),
  job(2, { skills: [{ code: 'chinese-cooking', level: 'beginner' }], positions: 3 }),
  job(3, {
    skills: [
      { code: 'sewing-machine', level: 'beginner' },
      { code: 'pastry', level: 'beginner' },
    ],
    positions: 1,
  }),
  job(4, { skills: [{ code: 'tea-processing', level: 'beginner' }], positions: 5, status: 'closed' }),
];
const seekers = [
  seeker(1, V1, ['sewing-machine']),
  seeker(2, V1, []),
  seeker(3, V2, []),
  seeker(4, V3, []),
  seeker(5, V3, ['chinese-cooking']),
  seeker(6, V3, ['chinese-cooking']),
  seeker(7, V2, [], { status: 'inactive' }),
  // Holds the sewing skill but has no free hours: a holder who fills no place (and lives in no known village).
  prepareSeeker(
    makeSeeker(synthId(4, 8), {
      villageCode: null,
      availability: EMPTY_WEEK,
      skills: [{ code: 'sewing-machine', level: 'expert' }],
    }),
    ctx,
  ),
];

describe('skills gap', () => {
  const gap = skillsGap({
    jobs,
    seekers,
    ctx,
    courses: [
      { skillCode: 'chinese-cooking', status: 'open', deleted: false },
      { skillCode: 'pastry', status: 'cancelled', deleted: false },
    ],
  });

  it('weights demand by positions, ignores closed postings, and counts as unmet the places no matching person fills', () => {
    const byCode = new Map(gap.county.map((r) => [r.skillCode, r]));
    // 11 places; seeker 1 matches job 1; seeker 8 holds the skill but matches nothing: 10 places unmet.
    expect(byCode.get('sewing-machine')).toMatchObject({ demandPositions: 11, postings: 2, holders: 2, unmet: 10 });
    expect(byCode.get('chinese-cooking')).toMatchObject({ demandPositions: 3, holders: 2, unmet: 1, courses: 1 });
    expect(byCode.get('pastry')).toMatchObject({ demandPositions: 1, courses: 0 });
    expect(byCode.has('tea-processing')).toBe(false);
  });

  it('counts near misses that lack exactly that one skill, each person once, never inactive seekers', () => {
    const byCode = new Map(gap.county.map((r) => [r.skillCode, r]));
    // Seekers 2, 3, 4 miss only sewing for job 1; 5 and 6 too. Seeker 1 misses only pastry for job 3.
    expect(byCode.get('sewing-machine')?.nearMissSeekers).toBe(5);
    expect(byCode.get('pastry')?.nearMissSeekers).toBe(1);
    // Seekers 1–4 miss only cooking for job 2 (5 and 6 hold it).
    expect(byCode.get('chinese-cooking')?.nearMissSeekers).toBe(4);
  });

  it('ranks by people a course could place: min(near misses, unmet places)', () => {
    expect(gap.county.map((r) => [r.skillCode, r.placeable])).toEqual([
      ['sewing-machine', 5],
      ['chinese-cooking', 1],
      ['pastry', 1],
    ]);
  });

  it('splits by village and by township, counting the people who live there', () => {
    const area = (level: string, code: string) => gap.areas.find((a) => a.level === level && a.code === code);
    expect(area('village', V3)?.rows[0]).toMatchObject({ skillCode: 'sewing-machine', nearMissSeekers: 3, holders: 0 });
    expect(area('village', V1)?.rows.find((r) => r.skillCode === 'sewing-machine')).toMatchObject({
      holders: 1,
      nearMissSeekers: 1,
    });
    expect(area('township', '522626101')?.rows.find((r) => r.skillCode === 'sewing-machine')).toMatchObject({
      holders: 1,
      nearMissSeekers: 2,
    });
    expect(gap.areas.map((a) => `${a.level}:${a.code}`)).toEqual([
      `township:522626101`,
      `township:522626102`,
      `village:${V1}`,
      `village:${V2}`,
      `village:${V3}`,
    ]);
  });
});

describe('skills gap properties (random synthetic counties; FC_SEED replays)', () => {
  it(
    'placeable = min(near misses, unmet); unmet ≤ demand; areas never count more people than the county; ranked order',
    LONG_PROPERTY,
    () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 1_000_000 }), (countySeed) => {
          const county = syntheticCounty({ villages: 20, jobs: 12, seekers: 120 }, '2026-11-25', countySeed);
          const c = createMatchContext({ today: '2026-11-25', villages: county.villages, employers: county.employers });
          const g = skillsGap({
            jobs: county.jobs.map((j) => prepareJob(j, c)),
            seekers: county.seekers.map((s) => prepareSeeker(s, c)),
            ctx: c,
            courses: [],
          });
          // Not vacuous: the synthetic postings ask for skills and some people nearly fit.
          expect(g.county.length).toBeGreaterThan(0);
          expect(g.areas.length).toBeGreaterThan(0);
          const byCode = new Map(g.county.map((r) => [r.skillCode, r]));
          for (const r of g.county) {
            expect(r.placeable).toBe(Math.min(r.nearMissSeekers, r.unmet));
            expect(r.unmet).toBeLessThanOrEqual(r.demandPositions);
          }
          for (let i = 1; i < g.county.length; i += 1)
            expect(compareGapRows(g.county[i - 1] as SkillGapRow, g.county[i] as SkillGapRow)).toBeLessThan(0);
          for (const level of ['village', 'township'] as const) {
            const sums = new Map<string, { near: number; holders: number }>();
            for (const a of g.areas.filter((x) => x.level === level)) {
              for (const r of a.rows) {
                const s = sums.get(r.skillCode) ?? { near: 0, holders: 0 };
                sums.set(r.skillCode, { near: s.near + r.nearMissSeekers, holders: s.holders + r.holders });
                expect(r.demandPositions).toBe(byCode.get(r.skillCode)?.demandPositions);
              }
            }
            for (const [code, s] of sums) {
              expect(s.near).toBeLessThanOrEqual(byCode.get(code)?.nearMissSeekers ?? 0);
              expect(s.holders).toBeLessThanOrEqual(byCode.get(code)?.holders ?? 0);
            }
          }
        }),
        propertyRuns(25),
      );
    },
  );
});

describe('skills gap: a skill held below the level asked', () => {
  it('counts the person as one a course would help, not as a holder', () => {
    const skilled = [job(11, { skills: [{ code: 'sewing-machine', level: 'skilled' }], positions: 4 })];
    const level = (n: number, l: 'beginner' | 'skilled') =>
      prepareSeeker(
        makeSeeker(synthId(4, n), { villageCode: V1, skills: [{ code: 'sewing-machine', level: l }] }),
        ctx,
      );
    const gap = skillsGap({ jobs: skilled, seekers: [level(21, 'beginner'), level(22, 'skilled')], ctx, courses: [] });
    expect(gap.county[0]).toMatchObject({
      skillCode: 'sewing-machine',
      holders: 1,
      nearMissSeekers: 1,
      unmet: 3,
      placeable: 1,
    });
  });
});
