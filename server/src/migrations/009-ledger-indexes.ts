import type { Migration } from './migration';

/**
 * Indexes the console's ledger pages and exports read in the order they show, so a page of 50 reads about 50
 * rows and an export continues each batch from the last row's key instead of sorting the table again
 * (docs/county-console.md, "How pages and exports read"). Each carries the columns the common filters test
 * (station, village code, the person), so a filtered count or page reads the index alone.
 */
export const ledgerIndexes: Migration = {
  version: 9,
  name: 'ledger-indexes',
  statements: [
    // the seekers' default order (newest registration first) and export; the period, station and area filters
    'CREATE INDEX report_seekers_registered_id ON report_seekers (registered_on, id, station_id, village_code, name)',
    // sorted by name: a township's seekers by name walk this in order
    'CREATE INDEX report_seekers_name ON report_seekers (name, id)',
    // one status's seekers, newest first
    'CREATE INDEX report_seekers_status_registered ON report_seekers (status, registered_on, id)',
    // scheduled visits not made, by due day, with the person and station the filters test
    'CREATE INDEX report_follow_ups_pending_people ON report_follow_ups (active, made, due_on, seeker_id, station_id)',
    // placements by start, with the person, station and status the filters test
    'CREATE INDEX report_placements_start_people ON report_placements (start_date, id, seeker_id, station_id, status)',
  ],
};
