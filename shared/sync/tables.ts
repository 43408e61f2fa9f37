import type { ZodObject } from 'zod';
import { TABLE_NAMES, TABLES, isTableName, type SyncedTableName, type TableKind } from '../entities/tables';

/**
 * The tables that travel to the county, and how each is owned: the synced part of the table registry
 * (shared/entities/tables.ts, where the kinds are explained). Both sides read it: the app to decide what goes in
 * the outbox and what a pull may write, the server to check pushes and scope pulls.
 */
export interface SyncTable {
  readonly kind: TableKind;
  /** what a mutation's fields are checked against */
  readonly schema: ZodObject;
  readonly writers?: 'county-office';
}

/**
 * The record as it travels. An append-only entry's clock travels as the mutation's hlc, never as a field:
 * its `updatedAt` stays off the wire.
 */
function wireSchema(kind: TableKind, schema: ZodObject): ZodObject {
  return kind === 'append' && 'updatedAt' in schema.shape ? schema.omit({ updatedAt: true }) : schema;
}

export type SyncTableName = SyncedTableName;

export const isSyncTable = (name: string): name is SyncTableName => isTableName(name) && TABLES[name].sync !== null;

export const SYNC_TABLE_NAMES: readonly SyncTableName[] = TABLE_NAMES.filter(isSyncTable);

function syncTable(name: SyncTableName): SyncTable {
  const { schema, sync } = TABLES[name];
  return { ...sync, schema: wireSchema(sync.kind, schema) };
}

export const SYNC_TABLES: ReadonlyMap<SyncTableName, SyncTable> = new Map(
  SYNC_TABLE_NAMES.map((name) => [name, syncTable(name)]),
);

/** A county office is a station registered with a county-level area code (6 digits), not a township or village. */
export const isCountyOffice = (areaCode: string): boolean => /^\d{6}$/.test(areaCode);

/** Whether a table may be pushed only by a county office. */
export const countyOfficeOnly = (name: string): boolean =>
  isSyncTable(name) && SYNC_TABLES.get(name)?.writers === 'county-office';
