import type { Migration, Statement } from './migration';

/** A statement for SQLite alone (PostgreSQL's merges are within their budget with the indexes as they are). */
const sqliteOnly = (statement: string): Statement => ({ sqlite: statement, postgres: 'SELECT 1' });

/** The scheduled visits still to make: of an active placement, no visit of that kind recorded. */
const OPEN = 'WHERE active = 1 AND made = 0';

/**
 * On SQLite the three indexes of scheduled visits hold only the visits still to make. Every read of them names
 * the visits still to make in those very words (`f.active = 1 AND f.made = 0`: the due and overdue figures, the
 * visits ledger's pending rows), which is what lets SQLite use a partial index; the rest (the visits made, those
 * of ended placements) is most of the table, and a merge writes none of it into these indexes.
 */
export const openFollowUps: Migration = {
  version: 12,
  name: 'open-follow-ups',
  statements: [
    sqliteOnly('DROP INDEX report_follow_ups_pending_people'),
    sqliteOnly(`CREATE INDEX report_follow_ups_open_due ON report_follow_ups (due_on, seeker_id, station_id) ${OPEN}`),
    sqliteOnly('DROP INDEX report_follow_ups_station_open'),
    sqliteOnly(
      `CREATE INDEX report_follow_ups_open_station ON report_follow_ups (station_id, due_on, seeker_id) ${OPEN}`,
    ),
    sqliteOnly('DROP INDEX report_follow_ups_seeker_open'),
    sqliteOnly(
      `CREATE INDEX report_follow_ups_open_seeker ON report_follow_ups (seeker_id, due_on, station_id) ${OPEN}`,
    ),
    sqliteOnly('ANALYZE report_follow_ups'),
  ],
};
