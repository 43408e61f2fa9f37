import type { Migration, Statement } from './migration';

/**
 * A statement for SQLite alone. PostgreSQL's planner reads other pages through these indexes (a township's
 * seekers by name, pending visits by due day: checked with EXPLAIN ANALYZE on the benchmark county), so there
 * they stay.
 */
const sqliteOnly = (statement: string): Statement => ({ sqlite: statement, postgres: 'SELECT 1' });

/**
 * The monthly roll-ups are counted again after a merge rather than inside it: a merge writes down in
 * `report_roll_pending` the keys its records' rows fell in before it and the records it touched (`part`: a
 * fact's first figure, `people` or `touched:<table>`; `key`: `station/YYYY-MM`, a person or a record id), and
 * every read of the roll-ups counts those again first (server/src/reporting/rollups/keep.ts).
 * On SQLite, indexes that no read uses (the plan of every ledger page, export, figure and recount checked) are
 * dropped, and the seekers' registration-order and status indexes each take in what two others held, since a
 * merge pays for every index.
 */
export const pendingRollups: Migration = {
  version: 11,
  name: 'pending-rollups',
  tables: ['report_roll_pending'],
  statements: [
    {
      // on SQLite the rows live in the key's own tree (no second tree of row ids to write)
      sqlite:
        'CREATE TABLE report_roll_pending (part TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (part, key)) WITHOUT ROWID',
      postgres: 'CREATE TABLE report_roll_pending (part TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (part, key))',
    },
    sqliteOnly('DROP INDEX report_seekers_name'),
    // one index in registration order serves pages, counts and areas (it holds the station, village and person)
    sqliteOnly('DROP INDEX report_seekers_registered'),
    sqliteOnly('DROP INDEX report_seekers_area'),
    sqliteOnly('DROP INDEX report_seekers_registered_id'),
    sqliteOnly(
      'CREATE INDEX report_seekers_registered_id ON report_seekers (registered_on, id, station_id, village_code, name, person_key)',
    ),
    // and one by status: a person's own rows are read through report_seekers_person
    sqliteOnly('DROP INDEX report_seekers_status'),
    sqliteOnly('DROP INDEX report_seekers_status_registered'),
    sqliteOnly(
      'CREATE INDEX report_seekers_status_registered ON report_seekers (status, registered_on, id, person_key)',
    ),
    sqliteOnly('DROP INDEX report_jobs_start'),
    sqliteOnly('DROP INDEX report_placements_status'),
    sqliteOnly('DROP INDEX report_placements_employer'),
    // (start_date, id) leads report_placements_start_people
    sqliteOnly('DROP INDEX report_placements_start'),
    sqliteOnly('DROP INDEX report_visits_station'),
    sqliteOnly('DROP INDEX report_enrolment_figures_course'),
    sqliteOnly('DROP INDEX report_open_findings_station'),
    // (active, made, due_on) leads report_follow_ups_pending_people, which holds the same columns
    sqliteOnly('DROP INDEX report_follow_ups_pending'),
    sqliteOnly('DROP INDEX report_follow_ups_open'),
    // a station's priority groups over some months, as the catch-up counts them again
    'CREATE INDEX report_seeker_groups_station ON report_seeker_groups (station_id, registered_on, group_code)',
    { sqlite: 'ANALYZE report_seekers', postgres: 'ANALYZE report_seekers' },
  ],
};
