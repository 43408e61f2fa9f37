/**
 * ../shared/bench-data (seekers.json, seekers_day2.json) mapped to the project's own seeker records, as the
 * app stores them. What the project has no field for is dropped (noHeights, noNightShift, three priority
 * groups); care duties, which the data gives as yes/no only, get representative times (documented below).
 */
import { readFileSync } from 'node:fs';
import { encodeHlc } from '#shared/sync/hlc';
import type { GROUPS } from '#shared/entities/seeker';
import { seekerSchema, type Seeker } from '#shared/entities/seeker';
import { parseTime, withRange, EMPTY_WEEK, type Day } from '#shared/schedule/week-grid';

export const BENCH_DATA = new URL('../../../shared/bench-data/', import.meta.url);

interface Raw {
  id: string;
  stationId: string;
  name: string;
  gender: 'M' | 'F';
  birthDate: string;
  idNumber: string;
  phone: string;
  villageCode: string;
  education: string;
  skills: { code: string; level: number }[];
  availability: { day: string; windows: string[] }[];
  careDuties: Record<'childcare' | 'eldercare' | 'farming' | 'livestock', boolean>;
  physicalLimits: Record<'noHeavyLifting' | 'noHeights' | 'noLongStanding' | 'noNightShift', boolean>;
  maxCommuteMinutes: number;
  transportMode: Seeker['commute']['mode'];
  wageFloor: number | null;
  groups: string[];
  consentAt: string;
  createdAt: string;
  updatedAt: string;
}

const EDUCATION: Record<string, Seeker['education']> = {
  none: 'none',
  primary: 'primary',
  junior_high: 'junior',
  senior_high: 'senior',
  sec_vocational: 'vocational',
  junior_college: 'college',
  bachelor: 'bachelor',
};
const SKILLS: Record<string, string> = {
  farm: 'greenhouse',
  clean: 'cleaning',
  cook: 'chinese-cooking',
  livestock: 'livestock',
  tea: 'tea-processing',
  mason: 'bricklaying',
  kitchen_help: 'restaurant-service',
  care_elder: 'elderly-care',
  drv_c1: 'delivery',
  assembly: 'electronics-assembly',
  warehouse: 'warehouse',
  fruit: 'fruit-trees',
  sew: 'sewing-machine',
  care_child: 'infant-care',
  domestic: 'housekeeping',
  food_proc: 'food-processing',
  veg_greenhouse: 'greenhouse',
  weld: 'welding',
  carpenter: 'carpentry',
  forestry: 'fruit-trees',
  security: 'security-guard',
  elec: 'electrician',
  paint: 'painting-decorating',
  embroid: 'embroidery',
  logistics: 'parcel-sorting',
  rebar: 'rebar',
  batik: 'batik',
  plumb: 'plumbing',
  bamboo: 'bamboo-weaving',
  ecom: 'online-store',
  forklift: 'forklift',
  drv_b2: 'truck-driving',
  hair: 'hairdressing',
  livestream: 'livestream-selling',
};
const GROUP: Record<string, (typeof GROUPS)[number]> = {
  elderly: 'age-50-plus',
  low_income: 'low-income',
  returning_migrant: 'returnee',
  single_parent: 'single-parent',
  disabled: 'disability',
  poverty_monitor: 'poverty-relief',
};
const DAYS: Record<string, Day> = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 };
const WEEKDAYS = [0, 1, 2, 3, 4];
// Representative times for care the data marks only as yes/no.
const CARE: Record<string, Seeker['careDuties'][number]> = {
  childcare: { kind: 'school-pickup', days: WEEKDAYS, from: '16:00', to: '17:00', note: '' },
  eldercare: { kind: 'elder-care', days: [0, 1, 2, 3, 4, 5, 6], from: '11:30', to: '12:30', note: '' },
  farming: { kind: 'other', days: [0, 1, 2, 3, 4, 5, 6], from: '06:00', to: '07:30', note: '农活' },
  livestock: { kind: 'other', days: [0, 1, 2, 3, 4, 5, 6], from: '18:00', to: '19:00', note: '喂养牲畜' },
};

/** A station code of the data (ST522626102) → a UUIDv7-shaped station id, the same every run. */
export const stationUuid = (code: string): string =>
  `01900000-0000-7000-8000-${code.replace(/\D/g, '').padStart(12, '0')}`;

const minutes = (hhmm: string): number => {
  const t = parseTime(hhmm);
  if (!t.ok) throw new Error(`bad time ${hhmm}`);
  return t.value;
};

export function toSeeker(r: Raw): Seeker {
  let grid = EMPTY_WEEK;
  for (const { day, windows } of r.availability) {
    for (const w of windows) {
      const [from, to] = w.split('-') as [string, string];
      grid = withRange(grid, [DAYS[day] as Day], minutes(from), minutes(to), true);
    }
  }
  const updated = Date.parse(r.updatedAt);
  const seeker: Seeker = {
    id: r.id,
    stationId: stationUuid(r.stationId),
    createdAt: Date.parse(r.createdAt),
    updatedAt: encodeHlc({ ms: updated, counter: 0, node: 'bench' }),
    deleted: false,
    name: r.name,
    sex: r.gender === 'M' ? 'male' : 'female',
    birthDate: r.birthDate,
    idNumber: r.idNumber,
    phone: r.phone,
    villageCode: r.villageCode,
    education: EDUCATION[r.education] ?? 'junior',
    literacy: r.education === 'none' ? 'none' : r.education === 'primary' ? 'basic' : 'fluent',
    skills: [
      ...new Map(
        r.skills.map(
          (s) =>
            [
              SKILLS[s.code] ?? s.code,
              {
                code: SKILLS[s.code] ?? s.code,
                level: s.level >= 5 ? 'expert' : s.level >= 3 ? 'skilled' : 'beginner',
              },
            ] as const,
        ),
      ).values(),
    ],
    certificates: [],
    availability: grid,
    careDuties: (Object.keys(CARE) as (keyof Raw['careDuties'])[])
      .filter((k) => r.careDuties[k])
      .map((k) => CARE[k] as Seeker['careDuties'][number]),
    physical: {
      standingHoursMax: r.physicalLimits.noLongStanding ? 2 : null,
      liftKgMax: r.physicalLimits.noHeavyLifting ? 10 : null,
      eyesight: 'good',
      hands: 'full',
    },
    commute: { maxMinutes: r.maxCommuteMinutes, mode: r.transportMode },
    homeBasedWanted: false,
    payFloor: r.wageFloor ? { amount: r.wageFloor, per: 'day' } : null,
    groups: [...new Set(r.groups.flatMap((g) => (GROUP[g] ? [GROUP[g]] : [])))],
    pregnant: false,
    consent: { date: r.consentAt.slice(0, 10), matching: true, county: true, recordedBy: 'import', withdrawnOn: null },
    status: 'active',
    notes: '',
  };
  return seekerSchema.parse(seeker);
}

const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, BENCH_DATA), 'utf8')) as T;

export function loadDayOne(): Seeker[] {
  return read<Raw[]>('seekers.json').map(toSeeker);
}

/** Day two: 200 of day one's people edited, 100 new. */
export function loadDayTwo(): { modified: Seeker[]; added: Seeker[] } {
  const raw = read<{ modified: Raw[]; added: Raw[] }>('seekers_day2.json');
  return { modified: raw.modified.map(toSeeker), added: raw.added.map(toSeeker) };
}
