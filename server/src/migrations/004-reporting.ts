import type { Migration } from './migration';

/** Version 4 is the reporting tables' migration; this stand-in keeps the versions in a row without them. */
export const reporting: Migration = {
  version: 4,
  name: 'reporting',
  statements: [],
};
