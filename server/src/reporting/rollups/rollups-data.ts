/** Random reporting-table contents for the roll-up property test (rollups.test.ts). */
import fc from 'fast-check';
import type { Sql } from '../../store/sql';
import { insertRows } from '../../store/sql';
import type { ReportRow } from '../project-values';

export const DAYS = ['2025-11-15', '2025-11-30', '2025-12-01', '2025-12-17', '2025-12-31', '2026-01-01', '2026-01-20'];
export const STATIONS = [
  { id: 'st1', area: '522626101' },
  { id: 'st2', area: '522626101' },
  { id: 'st3', area: '522626102' },
  { id: 'st4', area: '522626' },
];
const STATION_IDS = [...STATIONS.map((s) => s.id), 'st-gone'];
const VILLAGES = ['522626101001', '522626102001', '522626103001', null];

const day = fc.constantFrom(...DAYS);
const maybeDay = fc.option(day, { nil: null });
const station = fc.constantFrom(...STATION_IDS);
const index = fc.nat({ max: 7 });

const seeker = fc.record({
  station,
  village: fc.constantFrom(...VILLAGES),
  day,
  person: fc.option(fc.nat({ max: 3 }), { nil: null }),
  active: fc.boolean(),
  groups: fc.subarray(['single-parent', 'disability']),
  withdrawn: fc.constantFrom(false, false, false, false, true),
});
const referral = fc.record({ station, seeker: index, day: maybeDay, hired: fc.boolean(), placement: fc.option(index) });
/** A placement's scheduled visits (due before, around and after the test's today) and open findings. */
const scheduled = fc.record({
  due: fc.constantFrom(...DAYS, '2026-01-10', '2026-01-12', '2026-01-17', '2026-01-18'),
  made: fc.boolean(),
});
const finding = fc.constantFrom('critical', 'high', 'medium', 'low');
const placement = fc.record({
  station,
  seeker: index,
  day,
  active: fc.boolean(),
  end: maybeDay,
  retention: day,
  visits: fc.array(scheduled, { maxLength: 3 }),
  findings: fc.array(finding, { maxLength: 2 }),
});
const course = fc.record({ first: maybeDay, last: maybeDay, subsidy: fc.boolean() });
const enrolment = fc.record({
  station,
  course: fc.nat({ max: 2 }),
  seeker: index,
  status: fc.constantFrom('enrolled', 'completed', 'waiting'),
  serial: fc.boolean(),
  completed: maybeDay,
  eligible: fc.boolean(),
  unmarked: maybeDay,
});

const list = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { minLength: 6, maxLength: 6 });

export const dataset = fc.record({
  seekers: fc.array(seeker, { minLength: 8, maxLength: 8 }),
  referrals: list(referral),
  placements: list(placement),
  courses: fc.array(course, { minLength: 3, maxLength: 3 }),
  enrolments: list(enrolment),
});
export type Dataset = typeof dataset extends fc.Arbitrary<infer D> ? D : never;

const FIRST = '2025-11-01';
const id = (kind: string, i: number) => `${kind}-${i}`;

/** The rows each record stands for, by table, keyed by the record's id. */
export function rowsOf(d: Dataset): Map<string, Record<string, ReportRow[]>> {
  const out = new Map<string, Record<string, ReportRow[]>>();
  d.seekers.forEach((s, i) => {
    const sid = id('seeker', i);
    const personKey = s.person === null ? `record:${sid}` : `52262619900101${s.person}`;
    out.set(
      sid,
      s.withdrawn
        ? { report_withdrawn: [{ id: sid }] }
        : {
            report_seekers: [
              {
                id: sid,
                station_id: s.station,
                registered_on: s.day,
                person_key: personKey,
                name: 'x',
                village_code: s.village,
                status: s.active ? 'active' : 'employed',
                groups_list: s.groups.join(','),
                created_at: 0,
              },
            ],
            report_seeker_groups: s.groups.map((g) => ({
              id: `${sid}/${g}`,
              seeker_id: sid,
              group_code: g,
              station_id: s.station,
              registered_on: s.day,
              person_key: personKey,
              village_code: s.village,
            })),
          },
    );
  });
  d.referrals.forEach((r, i) =>
    out.set(id('referral', i), {
      report_referrals: [
        {
          id: id('referral', i),
          station_id: r.station,
          seeker_id: id('seeker', r.seeker),
          status: r.hired ? 'hired' : 'referred',
          referred_on: r.day,
          placement_id: r.placement === null ? null : id('placement', r.placement),
          created_on: FIRST,
          dated_on: FIRST,
        },
      ],
    }),
  );
  d.placements.forEach((p, i) =>
    out.set(id('placement', i), {
      report_placements: [
        {
          id: id('placement', i),
          station_id: p.station,
          seeker_id: id('seeker', p.seeker),
          status: p.active ? 'active' : 'ended',
          start_date: p.day,
          end_date: p.end,
          retention_day: p.retention,
        },
      ],
      report_follow_ups: p.visits.map((v, k) => ({
        id: `${id('placement', i)}/${k}`,
        placement_id: id('placement', i),
        station_id: p.station,
        seeker_id: id('seeker', p.seeker),
        kind: String(k),
        due_on: v.due,
        active: p.active ? 1 : 0,
        made: v.made ? 1 : 0,
      })),
      report_open_findings: p.findings.map((severity, k) => ({
        id: `${id('placement', i)}/f${k}`,
        subject_kind: 'placement',
        subject_id: id('placement', i),
        station_id: p.station,
        employer_id: null,
        seeker_id: id('seeker', p.seeker),
        check_id: `check-${k}`,
        status: 'fail',
        severity,
        since: p.day,
        last_on: p.day,
        check_zh: '检查',
        law_zh: '法',
      })),
    }),
  );
  d.courses.forEach((c, i) =>
    out.set(id('course', i), {
      report_courses: [
        {
          id: id('course', i),
          station_id: 'st1',
          title: 'c',
          status: 'open',
          first_session: c.first,
          last_session: c.last,
          planned_hours: 10,
          subsidy_programme: c.subsidy ? 'p' : null,
          created_on: FIRST,
        },
      ],
    }),
  );
  d.enrolments.forEach((e, i) => {
    const eid = id('enrolment', i);
    out.set(eid, {
      report_enrolments: [
        {
          id: eid,
          station_id: e.station,
          course_id: id('course', e.course),
          seeker_id: id('seeker', e.seeker),
          status: e.status,
          certificate_serial: e.serial ? 'S1' : null,
          completed_on: e.completed,
        },
      ],
      report_enrolment_figures: [
        {
          id: eid,
          course_id: id('course', e.course),
          planned_hours: 10,
          attended_hours: 9,
          eligibility: e.eligible ? 'eligible' : 'not-eligible',
          last_unmarked_on: e.unmarked,
        },
      ],
    });
  });
  return out;
}

export async function writeRows(sql: Sql, rows: Iterable<Record<string, ReportRow[]>>): Promise<void> {
  for (const byTable of rows) for (const [table, list] of Object.entries(byTable)) await insertRows(sql, table, list);
}

/** Deletes the rows these records stand for. */
export async function deleteRows(sql: Sql, ids: readonly string[]): Promise<void> {
  for (const rid of ids) {
    for (const table of [
      'report_seekers',
      'report_withdrawn',
      'report_referrals',
      'report_placements',
      'report_courses',
      'report_enrolments',
      'report_enrolment_figures',
    ])
      await sql.run(`DELETE FROM ${table} WHERE id = ?`, [rid]);
    await sql.run('DELETE FROM report_seeker_groups WHERE seeker_id = ?', [rid]);
    await sql.run('DELETE FROM report_follow_ups WHERE placement_id = ?', [rid]);
    await sql.run("DELETE FROM report_open_findings WHERE subject_kind = 'placement' AND subject_id = ?", [rid]);
  }
}
