import fc from 'fast-check';
import type { Job } from '#shared/entities/job';
import type { Seeker } from '#shared/entities/seeker';
import { createMatchContext } from '#shared/matching/context';
import { DEFAULT_PARAMETERS } from '#shared/matching/parameters';
import { prepareJob, prepareSeeker } from '#shared/matching/prepare';
import { makeJob, makeSeeker, makeVillage, synthId } from '#shared/matching/synthetic';
import type { MatchContext } from '#shared/matching/types';
import { EMPTY_WEEK, presetGrid, withRange, WEEKDAYS, type Day, type WeekGrid } from '#shared/schedule/week-grid';

/**
 * Small random counties for the matching engine's properties: four villages, three employers (one of them
 * flagged by the rights hook, one outside the gazetteer), and arbitraries for seekers and jobs that reach every
 * hard filter.
 */
export const TODAY = '2026-03-02';
const [NORTH, NORTH_EAST, EAST, WEST] = ['522626101201', '522626101202', '522626102201', '522626103201'] as const;
const CODES = [NORTH, NORTH_EAST, EAST, WEST];
export const villages = [
  makeVillage(NORTH, 27.1, 108.7),
  makeVillage(NORTH_EAST, 27.12, 108.72),
  makeVillage(EAST, 27.16, 108.76),
  makeVillage(WEST, 27.2, 108.66),
];
const FIRST_EMPLOYER = { id: synthId(2, 0), villageCode: NORTH, deleted: false };
/** The employer the rights hook flags. */
const FLAGGED_EMPLOYER = { id: synthId(2, 1), villageCode: EAST, deleted: false };
export const employers = [
  FIRST_EMPLOYER,
  FLAGGED_EMPLOYER,
  { id: synthId(2, 2), villageCode: '522626109201', deleted: false }, // not in the gazetteer
];
const SKILLS = ['sewing-machine', 'embroidery', 'cleaning', 'forklift', 'elderly-care'];
export const ctx: MatchContext = createMatchContext(
  { today: TODAY, villages, employers },
  {
    rightsFlags: (id) =>
      id === FLAGGED_EMPLOYER.id ? [{ code: 'no-contract', severity: 'high', zh: '未签合同', en: 'No contract' }] : [],
    minimumHourlyWage: 15.6,
  },
);
export const P = DEFAULT_PARAMETERS;

const range = fc.record({
  day: fc.integer({ min: 0, max: 6 }),
  from: fc.integer({ min: 10, max: 44 }),
  len: fc.integer({ min: 1, max: 20 }),
});
const addRanges = (base: WeekGrid, rs: readonly { day: number; from: number; len: number }[]): WeekGrid =>
  rs.reduce<WeekGrid>((g, r) => withRange(g, [r.day as Day], r.from, r.from + r.len, true), base);
export const gridArb = fc.array(range, { minLength: 1, maxLength: 4 }).map((rs) => addRanges(EMPTY_WEEK, rs));
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

export const seekerArb = fc
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
    mobility: fc.constantFrom(undefined, 'full', 'full', 'limited-walking', 'wheelchair'),
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
          physical: {
            standingHoursMax: r.standing,
            liftKgMax: r.lift,
            eyesight: r.eyesight,
            hands: r.hands,
            ...(r.mobility === undefined ? {} : { mobility: r.mobility }),
          },
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
export const jobArb = fc
  .record({
    skills: jobSkillsArb,
    flexible: fc.constantFrom(false, false, true),
    grid: jobGridArb,
    homeBased: fc.constantFrom(false, false, true),
    standing: fc.integer({ min: 0, max: 8 }),
    lift: fc.integer({ min: 0, max: 25 }),
    fineEyesight: fc.constantFrom(false, false, true),
    bothHands: fc.boolean(),
    stepFree: fc.constantFrom(undefined, 'yes', 'no', 'unknown'),
    muchWalking: fc.constantFrom(undefined, false, false, true),
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
        makeJob(id, (employers[r.employer] ?? FIRST_EMPLOYER).id, {
          skills: [...r.skills],
          schedule: r.flexible ? { kind: 'flexible' } : { kind: 'grid', grid: r.grid },
          workplace: r.homeBased ? 'home-based' : 'on-site',
          physical: {
            standingHours: r.standing,
            liftKg: r.lift,
            fineEyesight: r.fineEyesight,
            bothHands: r.bothHands,
            ...(r.stepFree === undefined ? {} : { stepFree: r.stepFree }),
            ...(r.muchWalking === undefined ? {} : { muchWalking: r.muchWalking }),
          },
          literacyNeeded: r.literacy,
          pay: r.pay,
          contractKind: r.contract,
          socialInsurance: r.insurance,
          status: r.open ? 'open' : 'closed',
          endDate: r.endDate,
        }),
  );

export const countyArb = fc
  .record({
    seekers: fc.array(seekerArb, { minLength: 1, maxLength: 8 }),
    jobs: fc.array(jobArb, { minLength: 1, maxLength: 8 }),
  })
  .map(({ seekers, jobs }) => ({
    seekers: seekers.map((make, i) => make(synthId(4, i))),
    jobs: jobs.map((make, i) => make(synthId(3, i))),
  }));

/** A county's records prepared for the engine. */
export const prepared = (c: { seekers: Seeker[]; jobs: Job[] }) => ({
  ps: c.seekers.map((s) => prepareSeeker(s, ctx)),
  pj: c.jobs.map((j) => prepareJob(j, ctx)),
});
