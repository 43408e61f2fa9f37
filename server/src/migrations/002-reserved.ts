import type { Migration } from './migration';

/**
 * Version 2 is the county console's accounts, which land beside this schema; until then this step keeps the
 * versions whole (1, 2, 3 …) and changes nothing.
 */
export const reserved: Migration = {
  version: 2,
  name: 'reserved',
  statements: [],
};
