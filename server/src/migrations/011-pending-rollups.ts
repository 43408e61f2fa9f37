import type { Migration } from './migration';

/**
 * The monthly roll-ups are counted again after a merge rather than inside it: a merge writes down the keys it
 * moved in `report_roll_pending` (`part`: a fact's first figure, or `people`; `key`: `station/YYYY-MM`, or a
 * person), and every read of the roll-ups counts those again first (server/src/reporting/rollups/keep.ts).
 * Indexes that no read uses any more (the plan of every ledger page, export, figure and recount checked) are
 * dropped, since a merge pays for each: names, employers, statuses and stations already read through others.
 */
export const pendingRollups: Migration = {
  version: 11,
  name: 'pending-rollups',
  tables: ['report_roll_pending'],
  statements: [
    'CREATE TABLE report_roll_pending (part TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (part, key))',
    'DROP INDEX report_seekers_name',
    'DROP INDEX report_jobs_start',
    'DROP INDEX report_placements_status',
    'DROP INDEX report_placements_employer',
    // (start_date, id) leads report_placements_start_people
    'DROP INDEX report_placements_start',
    'DROP INDEX report_visits_station',
    'DROP INDEX report_enrolment_figures_course',
    'DROP INDEX report_open_findings_station',
    // (active, made, due_on) leads report_follow_ups_pending_people, which holds the same columns
    'DROP INDEX report_follow_ups_pending',
    'DROP INDEX report_follow_ups_open',
  ],
};
