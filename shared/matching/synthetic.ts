import type { Employer } from '../entities/employer';
import type { Job } from '../entities/job';
import type { Seeker } from '../entities/seeker';
import type { Village } from '../entities/village';
import { mulberry32 } from '../random';
import { EMPTY_WEEK, presetGrid, withRange, WEEKDAYS, type AvailabilityPreset, type Day } from '../schedule/week-grid';

/**
 * A synthetic county for tests and benchmarks: villages with coordinates, employers, open jobs and seekers,
 * deterministic for a seed. Proportions are made up but plausible for a hill county (most work on site and
 * near home, a fifth flexible, some home-based piecework, a few missing coordinates). No real person is in it.
 */

/** The seeded generator, re-exported for the benchmark and tests that import it from here. */
export { mulberry32 };

/** A UUIDv7-shaped id, ordered by `n`, distinct per `kind` (0–15). */
export function synthId(kind: number, n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `0190${kind.toString(16)}000-0000-7000-8000-${hex}`;
}

const SKILL_POOL = [
  'sewing-machine',
  'garment-finishing',
  'food-processing',
  'ecommerce-service',
  'livestream-selling',
  'elderly-care',
  'infant-care',
  'electrician',
  'welding',
  'forklift',
  'greenhouse',
  'bamboo-weaving',
  'embroidery',
  'parcel-sorting',
  'cleaning',
  'chinese-cooking',
  'computer-basics',
  'tea-growing',
  'batik',
  'housekeeping',
];
const PRESETS: readonly AvailabilityPreset[] = [
  'schoolHours',
  'mornings',
  'weekdaysFullDay',
  'weekdaysFullDay',
  'afternoons',
  'weekends',
];
const LEVELS = ['beginner', 'skilled', 'expert'] as const;
const PRESET_GRIDS = new Map(PRESETS.map((preset) => [preset, presetGrid(preset)]));
const STATION = synthId(15, 1);
const RECORD = {
  stationId: STATION,
  createdAt: 1_700_000_000_000,
  updatedAt: '001700000000000:00000:synthetic',
  deleted: false,
};

const JOB_GRIDS: readonly string[] = [
  withRange(EMPTY_WEEK, WEEKDAYS, 18, 30, true), // 09:00–15:00
  withRange(EMPTY_WEEK, WEEKDAYS, 16, 34, true), // 08:00–17:00
  withRange(withRange(EMPTY_WEEK, WEEKDAYS, 16, 24, true), WEEKDAYS, 27, 35, true), // 08:00–12:00, 13:30–17:30
  presetGrid('mornings'),
  presetGrid('afternoons'),
  withRange(EMPTY_WEEK, [5, 6] as readonly Day[], 16, 34, true),
  withRange(EMPTY_WEEK, WEEKDAYS, 17, 31, true), // 08:30–15:30
];

export interface SyntheticCounty {
  readonly villages: readonly Village[];
  readonly employers: readonly Employer[];
  readonly jobs: readonly Job[];
  readonly seekers: readonly Seeker[];
}

export interface SyntheticSize {
  readonly villages: number;
  readonly jobs: number;
  readonly seekers: number;
}

export function syntheticCounty(size: SyntheticSize, today: string, seed = 2026): SyntheticCounty {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const villages: Village[] = [];
  for (let i = 0; i < size.villages; i += 1) {
    const township = 101 + (i % 15);
    const code = `522626${township}${String(201 + Math.floor(i / 15)).padStart(3, '0')}`;
    villages.push({
      ...RECORD,
      id: synthId(1, i),
      code,
      name: `第${i + 1}村`,
      // a 60 × 60 km county around 27.2° N, 108.8° E
      latitude: 26.93 + rnd() * 0.54,
      longitude: 108.5 + rnd() * 0.6,
      validFrom: null,
      validTo: null,
      // about 3 % of entries are still to be surveyed: dropped from the gazetteer below
      deleted: rnd() < 0.03,
    });
  }
  const codes = villages.map((v) => v.code);
  const employerCount = Math.max(1, Math.ceil(size.jobs / 4));
  const employers: Employer[] = [];
  for (let i = 0; i < employerCount; i += 1) {
    employers.push({
      ...RECORD,
      id: synthId(2, i),
      name: `单位${i + 1}`,
      kind: pick(['micro-factory', 'assistance-workshop', 'enterprise', 'cooperative', 'household-workshop'] as const),
      creditCode: null,
      villageCode: pick(codes),
      address: '',
      contactName: '',
      contactPhone: null,
    });
  }
  const jobs: Job[] = [];
  for (let i = 0; i < size.jobs; i += 1) {
    const homeBased = rnd() < 0.12;
    const flexible = homeBased ? rnd() < 0.7 : rnd() < 0.15;
    const skillCount = Math.floor(rnd() * 3);
    const skills = [...new Set(Array.from({ length: skillCount }, () => pick(SKILL_POOL)))].map((code) => ({
      code,
      level: pick(LEVELS),
    }));
    const heavy = !homeBased && rnd() < 0.25;
    const payKind = pick(['monthly', 'monthly', 'daily', 'hourly', 'piece'] as const);
    const pay: Job['pay'] =
      payKind === 'piece'
        ? { kind: 'piece', amount: Math.round((0.3 + rnd() * 3) * 10) / 10, piecesPerHour: Math.round(5 + rnd() * 40) }
        : payKind === 'monthly'
          ? { kind: 'monthly', amount: 1800 + Math.round(rnd() * 30) * 100 }
          : payKind === 'daily'
            ? { kind: 'daily', amount: 80 + Math.round(rnd() * 14) * 10 }
            : { kind: 'hourly', amount: 14 + Math.round(rnd() * 16) };
    jobs.push({
      ...RECORD,
      id: synthId(3, i),
      employerId: synthId(2, i % employerCount),
      title: `岗位${i + 1}`,
      occupation: '',
      skills,
      schedule: flexible ? { kind: 'flexible' } : { kind: 'grid', grid: pick(JOB_GRIDS) },
      workplace: homeBased ? 'home-based' : 'on-site',
      physical: {
        standingHours: heavy ? 6 + Math.floor(rnd() * 3) : Math.floor(rnd() * 4),
        liftKg: heavy ? 15 + Math.floor(rnd() * 20) : Math.floor(rnd() * 8),
        fineEyesight: rnd() < 0.2,
        bothHands: rnd() < 0.8,
      },
      literacyNeeded: pick(['none', 'none', 'basic', 'fluent'] as const),
      pay,
      contractKind: pick(['labour', 'labour', 'part-time', 'labour-service', 'none'] as const),
      socialInsurance: rnd() < 0.6,
      positions: 1 + Math.floor(rnd() * 10),
      startDate: today,
      endDate: rnd() < 0.3 ? `${Number(today.slice(0, 4)) + 1}${today.slice(4)}` : null,
      status: 'open',
      description: '',
    });
  }
  const seekers: Seeker[] = [];
  for (let i = 0; i < size.seekers; i += 1) {
    const year = Number(today.slice(0, 4)) - 16 - Math.floor(rnd() * 50);
    const preset = pick(PRESETS);
    const schoolRun = preset === 'schoolHours' && rnd() < 0.7;
    const older = Number(today.slice(0, 4)) - year >= 55;
    seekers.push({
      ...RECORD,
      id: synthId(4, i),
      name: `求职者${i + 1}`,
      sex: rnd() < 0.6 ? 'female' : 'male',
      birthDate: `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
      idNumber: null,
      phone: null,
      villageCode: rnd() < 0.02 ? null : pick(codes),
      education: 'junior',
      literacy: pick(['none', 'basic', 'fluent', 'fluent'] as const),
      skills: [...new Set([pick(SKILL_POOL), pick(SKILL_POOL)])]
        .slice(0, 1 + Math.floor(rnd() * 2))
        .map((code) => ({ code, level: pick(LEVELS) })),
      certificates: [],
      availability: PRESET_GRIDS.get(preset) ?? EMPTY_WEEK,
      careDuties: schoolRun
        ? [{ kind: 'school-pickup', days: [0, 1, 2, 3, 4], from: '15:30', to: '16:30', note: '' }]
        : [],
      physical: {
        standingHoursMax: older ? 2 : null,
        liftKgMax: older ? 10 : null,
        eyesight: older && rnd() < 0.3 ? 'limited' : 'good',
        hands: rnd() < 0.03 ? 'limited' : 'full',
      },
      commute: {
        maxMinutes: pick([20, 30, 45, 60]),
        mode: pick(['walk', 'ebike', 'ebike', 'motorcycle', 'bus'] as const),
      },
      homeBasedWanted: rnd() < 0.2,
      payFloor: rnd() < 0.6 ? { amount: pick([1800, 2000, 2500, 3000]), per: 'month' } : null,
      groups: [],
      pregnant: rnd() < 0.02,
      consent: { date: today, matching: true, county: true, recordedBy: 'synthetic', withdrawnOn: null },
      status: 'active',
      notes: '',
    });
  }
  return { villages, employers, jobs, seekers };
}

/** A seeker with plain defaults (free weekdays 08:00–18:00, walks 30 min, no limits), for tests and examples. */
export function makeSeeker(id: string, fields: Partial<Seeker> = {}): Seeker {
  return {
    ...RECORD,
    id,
    name: '测试',
    sex: 'female',
    birthDate: '1990-05-01',
    idNumber: null,
    phone: null,
    villageCode: null,
    education: 'junior',
    literacy: 'basic',
    skills: [],
    certificates: [],
    availability: presetGrid('weekdaysFullDay'),
    careDuties: [],
    physical: { standingHoursMax: null, liftKgMax: null, eyesight: 'good', hands: 'full' },
    commute: { maxMinutes: 30, mode: 'walk' },
    homeBasedWanted: false,
    payFloor: null,
    groups: [],
    pregnant: false,
    consent: { date: '2024-01-01', matching: true, county: true, recordedBy: 'test', withdrawnOn: null },
    status: 'active',
    notes: '',
    ...fields,
  };
}

/** An open on-site job with plain defaults (weekdays 09:00–15:00, 20 yuan an hour, labour contract, insured). */
export function makeJob(id: string, employerId: string, fields: Partial<Job> = {}): Job {
  return {
    ...RECORD,
    id,
    employerId,
    title: '岗位',
    occupation: '',
    skills: [],
    schedule: { kind: 'grid', grid: withRange(EMPTY_WEEK, WEEKDAYS, 18, 30, true) },
    workplace: 'on-site',
    physical: { standingHours: 0, liftKg: 0, fineEyesight: false, bothHands: false },
    literacyNeeded: 'none',
    pay: { kind: 'hourly', amount: 20 },
    contractKind: 'labour',
    socialInsurance: true,
    positions: 1,
    startDate: '2024-01-01',
    endDate: null,
    status: 'open',
    description: '',
    ...fields,
  };
}

/** A gazetteer entry. */
export function makeVillage(code: string, latitude: number, longitude: number, fields: Partial<Village> = {}): Village {
  return {
    ...RECORD,
    id: synthId(1, Number(code.slice(-6))),
    code,
    name: code,
    latitude,
    longitude,
    validFrom: null,
    validTo: null,
    ...fields,
  };
}
