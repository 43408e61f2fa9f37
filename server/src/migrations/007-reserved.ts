import type { Migration } from './migration';

/**
 * Version 7 belongs to the server bundles' held changes, which arrive in their own change: this empty step
 * stands in its place so the versions run on without a gap until that migration takes this file's place.
 */
export const reserved: Migration = {
  version: 7,
  name: 'reserved',
  statements: [],
};
