import { GROUPS } from '#shared/entities/seeker';

/**
 * What the monthly roll-ups count: for each additive figure, the records it counts (the same conditions as the
 * figure's ledger in `../ledgers/`), grouped by the record's station, its person's (or employer's) village code
 * and the month of the record's date. `report_roll_village` keeps those groups; `report_roll_station` the same
 * summed over villages. A figure that counts one row per person county-wide is kept apart (`people.ts`).
 */
export interface FactSpec {
  /** the figure keys this spec writes */
  readonly figures: readonly string[];
  /** the figure key of a row (a constant, or built from `groupBy`) */
  readonly figure: string;
  readonly groupBy?: readonly string[];
  readonly from: string;
  readonly station: string;
  readonly village: string;
  /** `YYYY-MM-DD`: the month is its first seven characters */
  readonly date: string;
  readonly where: readonly string[];
  /** A day before which the row does not count yet (`''` when it always counts). */
  readonly readyOn?: string;
  /** The columns naming what changed records a row depends on, by the records' table. */
  readonly touchedBy: Readonly<Partial<Record<TouchKind, string>>>;
}

export type TouchKind = 'seekers' | 'referrals' | 'placements' | 'enrolments' | 'courses';

const live = (column: string): string => `(${column} IS NULL OR ${column} NOT IN (SELECT id FROM report_withdrawn))`;

const REFERRALS = 'report_referrals r LEFT JOIN report_seekers s ON s.id = r.seeker_id';
const PLACEMENTS = `report_placements p LEFT JOIN report_referrals r ON r.placement_id = p.id
  LEFT JOIN report_seekers s ON s.id = p.seeker_id`;
const TRAINEES = `report_enrolments en JOIN report_courses c ON c.id = en.course_id
  LEFT JOIN report_seekers s ON s.id = en.seeker_id`;
const TAKEN = "en.status IN ('enrolled', 'completed')";

const referral = (figure: string, where: string[]): FactSpec => ({
  figures: [figure],
  figure: `'${figure}'`,
  from: REFERRALS,
  station: 'r.station_id',
  village: 's.village_code',
  date: 'r.referred_on',
  where: [live('r.seeker_id'), ...where],
  touchedBy: { referrals: 'r.id', seekers: 'r.seeker_id' },
});

const placement = (figure: string, where: string[]): FactSpec => ({
  figures: [figure],
  figure: `'${figure}'`,
  from: PLACEMENTS,
  station: 'p.station_id',
  village: 's.village_code',
  date: 'p.start_date',
  where: [live('p.seeker_id'), ...where],
  touchedBy: { placements: 'p.id', referrals: 'r.id', seekers: 'p.seeker_id' },
});

const trainee = (figure: string, date: string, where: string[], extra: Partial<FactSpec> = {}): FactSpec => ({
  figures: [figure],
  figure: `'${figure}'`,
  from: TRAINEES,
  station: 'en.station_id',
  village: 's.village_code',
  date,
  where: [live('en.seeker_id'), ...where],
  touchedBy: { enrolments: 'en.id', courses: 'en.course_id', seekers: 'en.seeker_id' },
  ...extra,
});

export const FACTS: readonly FactSpec[] = [
  {
    figures: ['seekers.registered'],
    figure: "'seekers.registered'",
    from: 'report_seekers s',
    station: 's.station_id',
    village: 's.village_code',
    date: 's.registered_on',
    where: [],
    touchedBy: { seekers: 's.id' },
  },
  {
    figures: GROUPS.map((g) => `seekers.byPriorityGroup.${g}`),
    figure: "'seekers.byPriorityGroup.' || g.group_code",
    groupBy: ['g.group_code'],
    from: 'report_seeker_groups g',
    station: 'g.station_id',
    village: 'g.village_code',
    date: 'g.registered_on',
    where: [],
    touchedBy: { seekers: 'g.seeker_id' },
  },
  referral('referrals.made', []),
  referral('referrals.hired', ["r.status = 'hired'"]),
  placement('placements.started', []),
  placement('placements.retained3m', ["(p.status = 'active' OR p.end_date >= p.retention_day)"]),
  trainee('training.enrolments', 'c.first_session', [TAKEN]),
  trainee('training.completions', 'en.completed_on', ["en.status = 'completed'"]),
  trainee('training.certificates', 'en.completed_on', [
    "en.status = 'completed'",
    "en.certificate_serial IS NOT NULL AND en.certificate_serial <> ''",
  ]),
  trainee(
    'training.subsidyEligible',
    'c.last_session',
    [TAKEN, "c.subsidy_programme IS NOT NULL AND f.eligibility = 'eligible'"],
    {
      from: `${TRAINEES} LEFT JOIN report_enrolment_figures f ON f.id = en.id`,
      readyOn: "COALESCE(f.last_unmarked_on, '')",
    },
  ),
];

/** The figures the station and village roll-ups hold. */
export const ROLLED = new Set(FACTS.flatMap((f) => f.figures));

/** The spec's rows grouped for `report_roll_village`, over the records `where` also selects. */
export function factRows(spec: FactSpec, where: readonly string[] = []): string {
  const month = `substr(${spec.date}, 1, 7)`;
  const village = `COALESCE(${spec.village}, '')`;
  const ready = spec.readyOn ?? "''";
  const conds = [`${spec.date} IS NOT NULL`, ...spec.where, ...where];
  const group = [...(spec.groupBy ?? []), spec.station, village, month, ...(spec.readyOn ? [ready] : [])];
  return `SELECT ${spec.figure} AS figure, ${spec.station} AS station_id, ${village} AS village_code, ${month} AS month,
    ${ready} AS ready_on, COUNT(*) AS n FROM ${spec.from} WHERE ${conds.join(' AND ')} GROUP BY ${group.join(', ')}`;
}

/** The (station, month) keys the spec's rows for these records fall in. */
export function factKeys(spec: FactSpec, column: string, count: number): string {
  const ids = Array.from({ length: count }, () => '?').join(', ');
  return `SELECT DISTINCT ${spec.station} AS station_id, substr(${spec.date}, 1, 7) AS month FROM ${spec.from}
    WHERE ${spec.date} IS NOT NULL AND ${column} IN (${ids})`;
}
