import { REPORT_TABLES } from '../reporting/report-tables';
import { reindexReports } from '../reporting/reindex';
import type { Migration } from './migration';

/**
 * The county console's reporting tables: typed projections of the merged records (`server/src/reporting/`
 * writes them in the same transaction as the merge; `npm run county -- reindex` rebuilds them), and two tables
 * derived from several records at once (each enrolment's attendance figures, the open rights findings). Every
 * table has a text `id` key (a record id, or the parts of a composite key joined by `/`). Dates are
 * `YYYY-MM-DD` text, times milliseconds.
 */

const NUM = 'DOUBLE PRECISION';

export const reporting: Migration = {
  version: 4,
  name: 'reporting',
  tables: REPORT_TABLES,
  statements: [
    `CREATE TABLE report_seekers (id TEXT PRIMARY KEY, station_id TEXT NOT NULL, registered_on TEXT NOT NULL,
       person_key TEXT NOT NULL, name TEXT NOT NULL, sex TEXT, birth_date TEXT, id_number TEXT, phone TEXT,
       village_code TEXT, education TEXT, status TEXT NOT NULL, groups_list TEXT NOT NULL, created_at BIGINT NOT NULL)`,
    'CREATE INDEX report_seekers_registered ON report_seekers (registered_on, person_key)',
    'CREATE INDEX report_seekers_station ON report_seekers (station_id, registered_on, person_key)',
    'CREATE INDEX report_seekers_person ON report_seekers (person_key, registered_on)',
    'CREATE INDEX report_seekers_status ON report_seekers (status, person_key, registered_on)',
    'CREATE INDEX report_seekers_village ON report_seekers (village_code)',
    // The seeker's columns the figures filter on travel with each group, so a group's count reads one index.
    `CREATE TABLE report_seeker_groups (id TEXT PRIMARY KEY, seeker_id TEXT NOT NULL, group_code TEXT NOT NULL,
       station_id TEXT NOT NULL, registered_on TEXT NOT NULL, person_key TEXT NOT NULL, village_code TEXT)`,
    'CREATE INDEX report_seeker_groups_group ON report_seeker_groups (group_code, registered_on, person_key)',
    'CREATE INDEX report_seeker_groups_seeker ON report_seeker_groups (seeker_id)',
    // Tombstoned seekers: their referrals, placements, enrolments and visits count nowhere.
    'CREATE TABLE report_withdrawn (id TEXT PRIMARY KEY)',
    `CREATE TABLE report_employers (id TEXT PRIMARY KEY, station_id TEXT NOT NULL, name TEXT NOT NULL, kind TEXT,
       credit_code TEXT, village_code TEXT)`,
    `CREATE TABLE report_jobs (id TEXT PRIMARY KEY, station_id TEXT NOT NULL, employer_id TEXT, title TEXT NOT NULL,
       occupation TEXT, positions INTEGER NOT NULL, start_date TEXT, end_date TEXT, status TEXT NOT NULL,
       pay_kind TEXT, pay_amount ${NUM}, contract_kind TEXT, created_on TEXT NOT NULL, prescreened_on TEXT NOT NULL,
       findings TEXT NOT NULL)`,
    'CREATE INDEX report_jobs_status ON report_jobs (status, start_date)',
    'CREATE INDEX report_jobs_station ON report_jobs (station_id, status)',
    'CREATE INDEX report_jobs_start ON report_jobs (start_date, id)',
    `CREATE TABLE report_referrals (id TEXT PRIMARY KEY, station_id TEXT NOT NULL, seeker_id TEXT NOT NULL,
       job_id TEXT, employer_id TEXT, status TEXT NOT NULL, referred_on TEXT, interview_on TEXT, placement_id TEXT,
       referred_by TEXT, created_on TEXT NOT NULL, dated_on TEXT NOT NULL)`,
    'CREATE INDEX report_referrals_on ON report_referrals (referred_on, id)',
    'CREATE INDEX report_referrals_station ON report_referrals (station_id, referred_on)',
    'CREATE INDEX report_referrals_dated ON report_referrals (dated_on, id)',
    'CREATE INDEX report_referrals_placement ON report_referrals (placement_id)',
    'CREATE INDEX report_referrals_seeker ON report_referrals (seeker_id)',
    `CREATE TABLE report_placements (id TEXT PRIMARY KEY, station_id TEXT NOT NULL, seeker_id TEXT NOT NULL,
       job_id TEXT, employer_id TEXT, status TEXT NOT NULL, start_date TEXT NOT NULL, end_date TEXT,
       retention_day TEXT NOT NULL, contract_kind TEXT, contract_status TEXT, insurance_status TEXT)`,
    'CREATE INDEX report_placements_start ON report_placements (start_date, id)',
    'CREATE INDEX report_placements_station ON report_placements (station_id, start_date)',
    'CREATE INDEX report_placements_status ON report_placements (status)',
    'CREATE INDEX report_placements_seeker ON report_placements (seeker_id)',
    'CREATE INDEX report_placements_employer ON report_placements (employer_id)',
    // `active` comes with the placement; `made` (a visit of that kind exists) is set from its visits.
    `CREATE TABLE report_follow_ups (id TEXT PRIMARY KEY, placement_id TEXT NOT NULL, station_id TEXT NOT NULL,
       seeker_id TEXT NOT NULL, kind TEXT NOT NULL, due_on TEXT NOT NULL, active INTEGER NOT NULL,
       made INTEGER NOT NULL)`,
    'CREATE INDEX report_follow_ups_pending ON report_follow_ups (active, made, due_on)',
    'CREATE INDEX report_follow_ups_placement ON report_follow_ups (placement_id)',
    `CREATE TABLE report_visits (id TEXT PRIMARY KEY, station_id TEXT NOT NULL, placement_id TEXT NOT NULL,
       kind TEXT NOT NULL, visited_on TEXT NOT NULL, recorded_by TEXT, created_at BIGINT NOT NULL,
       open_findings INTEGER NOT NULL, findings TEXT NOT NULL)`,
    'CREATE INDEX report_visits_placement ON report_visits (placement_id, kind)',
    'CREATE INDEX report_visits_on ON report_visits (visited_on, id)',
    'CREATE INDEX report_visits_station ON report_visits (station_id, visited_on)',
    `CREATE TABLE report_courses (id TEXT PRIMARY KEY, station_id TEXT NOT NULL, title TEXT NOT NULL,
       skill_code TEXT, certificate_kind TEXT, certificate_name TEXT, status TEXT NOT NULL, first_session TEXT,
       last_session TEXT, planned_hours ${NUM} NOT NULL, subsidy_programme TEXT, min_rate ${NUM}, warn_rate ${NUM},
       min_hours ${NUM}, capacity INTEGER, trainer_name TEXT, created_on TEXT NOT NULL)`,
    'CREATE INDEX report_courses_first ON report_courses (first_session)',
    'CREATE INDEX report_courses_last ON report_courses (last_session)',
    `CREATE TABLE report_course_sessions (id TEXT PRIMARY KEY, course_id TEXT NOT NULL, session_id TEXT NOT NULL,
       session_on TEXT NOT NULL, hours ${NUM} NOT NULL)`,
    'CREATE INDEX report_course_sessions_course ON report_course_sessions (course_id)',
    `CREATE TABLE report_enrolments (id TEXT PRIMARY KEY, station_id TEXT NOT NULL, course_id TEXT NOT NULL,
       seeker_id TEXT NOT NULL, status TEXT NOT NULL, seat INTEGER, certificate_serial TEXT, completed_on TEXT,
       requested_at BIGINT)`,
    'CREATE INDEX report_enrolments_course ON report_enrolments (course_id, status)',
    'CREATE INDEX report_enrolments_seeker ON report_enrolments (seeker_id)',
    'CREATE INDEX report_enrolments_completed ON report_enrolments (completed_on)',
    'CREATE INDEX report_enrolments_station ON report_enrolments (station_id)',
    `CREATE TABLE report_attendance (id TEXT PRIMARY KEY, station_id TEXT NOT NULL, course_id TEXT NOT NULL,
       session_id TEXT NOT NULL, enrolment_id TEXT NOT NULL, mark TEXT NOT NULL, hlc TEXT NOT NULL)`,
    'CREATE INDEX report_attendance_enrolment ON report_attendance (enrolment_id)',
    `CREATE TABLE report_enrolment_figures (id TEXT PRIMARY KEY, course_id TEXT NOT NULL,
       planned_hours ${NUM} NOT NULL, attended_hours ${NUM} NOT NULL, rate ${NUM}, eligibility TEXT NOT NULL,
       last_unmarked_on TEXT)`,
    'CREATE INDEX report_enrolment_figures_course ON report_enrolment_figures (course_id)',
    'CREATE INDEX report_enrolment_figures_eligibility ON report_enrolment_figures (eligibility, last_unmarked_on)',
    `CREATE TABLE report_open_findings (id TEXT PRIMARY KEY, subject_kind TEXT NOT NULL, subject_id TEXT NOT NULL,
       station_id TEXT NOT NULL, employer_id TEXT, seeker_id TEXT, check_id TEXT NOT NULL, status TEXT NOT NULL,
       severity TEXT NOT NULL, since TEXT NOT NULL, last_on TEXT NOT NULL, check_zh TEXT NOT NULL,
       law_zh TEXT NOT NULL)`,
    'CREATE INDEX report_open_findings_subject ON report_open_findings (subject_kind, subject_id)',
    'CREATE INDEX report_open_findings_severity ON report_open_findings (severity, since)',
    'CREATE INDEX report_open_findings_station ON report_open_findings (station_id)',
  ],
  // A county that already holds records gets its reporting tables filled as it upgrades.
  after: async (sql) => {
    await reindexReports(sql);
  },
};
