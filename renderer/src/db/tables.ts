import type { ZodType } from 'zod';
import { settingsSchema, type Settings } from '../../../shared/entities/settings';
import { staffSchema, type Staff } from '../../../shared/entities/staff';
import { stationSchema, type Station } from '../../../shared/entities/station';

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
interface RecordTypes {
  stations: Station;
  staff: Staff;
  settings: Settings;
}
export type RecordOf<K extends RecordTableName> = RecordTypes[K];
