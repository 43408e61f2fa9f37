import { FILL_ROLLUPS, ROLLUP_TABLES } from '../reporting/rollups/keep';
import type { Migration } from './migration';

/**
 * Monthly roll-ups of the console's summary figures (`server/src/reporting/rollups/`), kept in step in the same
 * transaction as each merge and rebuilt by `npm run county -- reindex`. `report_roll_village` counts each
 * additive figure's records per station, village code (`''` for none) and month; `report_roll_station` the same
 * per station and month. `ready_on` is the day from which a row counts (`''`: always). `report_roll_people` and
 * `report_roll_county` hold the figures counted one per person county-wide. A county that already holds
 * records gets them filled from its reporting tables as it upgrades. A few covering indexes serve the figures
 * the roll-ups do not hold.
 */
export const monthlyRollups: Migration = {
  version: 8,
  name: 'monthly-rollups',
  tables: ROLLUP_TABLES,
  statements: [
    `CREATE TABLE report_roll_village (figure TEXT NOT NULL, station_id TEXT NOT NULL, village_code TEXT NOT NULL,
       month TEXT NOT NULL, ready_on TEXT NOT NULL, n BIGINT NOT NULL,
       PRIMARY KEY (figure, station_id, village_code, month, ready_on))`,
    'CREATE INDEX report_roll_village_village ON report_roll_village (figure, village_code, month)',
    `CREATE TABLE report_roll_station (figure TEXT NOT NULL, station_id TEXT NOT NULL, month TEXT NOT NULL,
       ready_on TEXT NOT NULL, n BIGINT NOT NULL, PRIMARY KEY (figure, station_id, month, ready_on))`,
    'CREATE INDEX report_roll_station_month ON report_roll_station (figure, month)',
    `CREATE TABLE report_roll_people (figure TEXT NOT NULL, person_key TEXT NOT NULL, month TEXT NOT NULL,
       prev_month TEXT NOT NULL, PRIMARY KEY (figure, person_key, month))`,
    'CREATE INDEX report_roll_people_person ON report_roll_people (person_key)',
    `CREATE TABLE report_roll_county (figure TEXT NOT NULL, month TEXT NOT NULL, prev_month TEXT NOT NULL,
       n BIGINT NOT NULL, PRIMARY KEY (figure, month, prev_month))`,
    // The *now* figures and an area's one-per-person counts read these alone, without the tables' rows.
    'CREATE INDEX report_follow_ups_open ON report_follow_ups (active, made, due_on, station_id, seeker_id)',
    'CREATE INDEX report_follow_ups_station_open ON report_follow_ups (station_id, active, made, due_on, seeker_id)',
    'CREATE INDEX report_jobs_open ON report_jobs (status, station_id, employer_id, positions)',
    'CREATE INDEX report_open_findings_count ON report_open_findings (severity, station_id, seeker_id, employer_id)',
    'CREATE INDEX report_seekers_area ON report_seekers (registered_on, station_id, village_code, person_key)',
    ...FILL_ROLLUPS,
  ],
};
