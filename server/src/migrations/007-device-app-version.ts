import type { Migration } from './migration';

/**
 * The app version each device last reported (the `x-doorstep-app-version` header of its sync requests), which
 * the county console shows with each station's sync health.
 */
export const deviceAppVersion: Migration = {
  version: 7,
  name: 'device-app-version',
  statements: ['ALTER TABLE enrollments ADD COLUMN app_version TEXT'],
};
