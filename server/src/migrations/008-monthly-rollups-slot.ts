import type { Migration } from './migration';

/**
 * Version 8 belongs to the summary's monthly roll-ups, made on their own branch; this empty step holds its
 * place so the ledger indexes can be version 9. Where the roll-ups' migration is merged it takes this place.
 */
export const monthlyRollupsSlot: Migration = {
  version: 8,
  name: 'monthly-rollups-slot',
  statements: [],
};
