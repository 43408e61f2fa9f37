import type { ZodType } from 'zod';
import { employerSchema, type Employer } from '../../../shared/entities/employer';
import { jobSchema, type Job } from '../../../shared/entities/job';
import { seekerSchema, type Seeker } from '../../../shared/entities/seeker';
import { settingsSchema, type Settings } from '../../../shared/entities/settings';
import { staffSchema, type Staff } from '../../../shared/entities/staff';
import { stationSchema, type Station } from '../../../shared/entities/station';
import { villageSchema, type Village } from '../../../shared/entities/village';

/**
 * The record tables the command layer writes, with the schema every write is checked against and whether
 * the table syncs to the county (local tables still get audit entries).
 */
export const RECORD_TABLES = {
  stations: { schema: stationSchema, synced: true },
  staff: { schema: staffSchema, synced: false },
  settings: { schema: settingsSchema, synced: false },
  seekers: { schema: seekerSchema, synced: true },
  employers: { schema: employerSchema, synced: true },
  jobs: { schema: jobSchema, synced: true },
  villages: { schema: villageSchema, synced: true },
} as const satisfies Record<string, { schema: ZodType; synced: boolean }>;

export type RecordTableName = keyof typeof RECORD_TABLES;
interface RecordTypes {
  stations: Station;
  staff: Staff;
  settings: Settings;
  seekers: Seeker;
  employers: Employer;
  jobs: Job;
  villages: Village;
}
export type RecordOf<K extends RecordTableName> = RecordTypes[K];
