import type { Migration } from './migration';

/**
 * How a county admin resolved a pair in the duplicate-person queue (`resolved_at` says when): `decision` is
 * `same` (one person: `keep_station_id` is the station that keeps the record) or `different` (two people who
 * share a number in error); `resolved_by` is the console account.
 */
export const duplicateResolutions: Migration = {
  version: 5,
  name: 'duplicate-resolutions',
  statements: [
    'ALTER TABLE duplicates ADD COLUMN decision TEXT',
    'ALTER TABLE duplicates ADD COLUMN keep_station_id TEXT',
    'ALTER TABLE duplicates ADD COLUMN resolved_by TEXT',
    'CREATE INDEX duplicates_open ON duplicates (resolved_at, found_at)',
  ],
};
