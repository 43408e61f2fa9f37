import type { Migration } from './migration';

/**
 * What the county console reads fast and what it shows of each station: the app version each device last
 * reported (the `x-doorstep-app-version` header of its sync requests).
 */
export const consoleReads: Migration = {
  version: 8,
  name: 'console-reads',
  statements: ['ALTER TABLE enrollments ADD COLUMN app_version TEXT'],
};
