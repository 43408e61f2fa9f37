import type { ZodType } from 'zod';
import { settingsSchema } from '../../../shared/entities/settings';
import { staffSchema } from '../../../shared/entities/staff';
import { stationSchema } from '../../../shared/entities/station';
import type { DoorstepDb } from './db';

/**
 * The record tables the command layer writes, with the schema every write is checked against and whether
 * the table syncs to the county (local tables still get audit entries).
 */
export const RECORD_TABLES = {
  stations: { schema: stationSchema, synced: true },
  staff: { schema: staffSchema, synced: false },
  settings: { schema: settingsSchema, synced: false },
} as const satisfies Record<string, { schema: ZodType; synced: boolean }>;

export type RecordTableName = keyof typeof RECORD_TABLES;
export type RecordOf<K extends RecordTableName> = DoorstepDb[K] extends import('dexie').Table<infer R, string> ? R : never;
