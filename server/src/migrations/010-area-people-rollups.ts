import { FILL_PEOPLE } from '../reporting/rollups/people';
import type { Migration } from './migration';

/**
 * The one-per-person figures (registered, active, each priority group) kept per county and township code too,
 * beside the county-wide ones, so an area's summary sums them as the county's does (docs/county-console.md,
 * "How the summary is computed"): the people roll-ups are counted again from the reporting tables. Indexes
 * let a merge count its persons again from the index alone, and read an area's pending visits from its people.
 */
export const areaPeopleRollups: Migration = {
  version: 10,
  name: 'area-people-rollups',
  statements: [
    'DELETE FROM report_roll_county',
    'DELETE FROM report_roll_people',
    // a merge counts its persons again from these alone
    'DROP INDEX report_seekers_person',
    'CREATE INDEX report_seekers_person ON report_seekers (person_key, registered_on, status, station_id, village_code)',
    `CREATE INDEX report_seeker_groups_person
       ON report_seeker_groups (person_key, group_code, registered_on, station_id, village_code)`,
    ...FILL_PEOPLE,
    // a township's visits due and overdue: the pending visits of the people of its villages
    'CREATE INDEX report_follow_ups_seeker_open ON report_follow_ups (seeker_id, active, made, due_on, station_id)',
    // and the people of its villages (by registration day, station and person too) read from the index alone
    'DROP INDEX report_seekers_village',
    'CREATE INDEX report_seekers_village ON report_seekers (village_code, registered_on, id, station_id, person_key)',
    {
      sqlite: 'ANALYZE',
      postgres: 'ANALYZE report_roll_people, report_roll_county, report_roll_village, report_roll_station',
    },
  ],
};
