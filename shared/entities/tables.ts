import type { ZodObject } from 'zod';
import { attendanceEventSchema } from './attendance-event';
import { auditEntrySchema } from './audit';
import { courseSchema } from './course';
import { employerSchema } from './employer';
import { enrolmentSchema } from './enrolment';
import { jobSchema } from './job';
import { placementSchema } from './placement';
import { referralSchema } from './referral';
import { ruleParameterSchema } from './rule-parameter';
import { seekerSchema } from './seeker';
import { settingsSchema } from './settings';
import { staffSchema } from './staff';
import { stationSchema } from './station';
import { villageSchema } from './village';
import { visitSchema } from './visit';

/**
 * How a synced table is owned (DESIGN.md, sync protocol):
 * - `station`: a station's own records; pushed and pulled only by that station (and the admin).
 * - `county`: county-shared records; pushed by the station that created them, pulled by every station.
 * - `append`: append-only, owned by the station that wrote them; an entry is written once and never changed
 *   (its clock travels as the mutation's hlc, never as a field).
 */
export type TableKind = 'station' | 'county' | 'append';

export interface TableSync {
  readonly kind: TableKind;
  /** Only a county office (a station registered with a county-level, 6-digit area code) may push it. */
  readonly writers?: 'county-office';
}

export interface TableEntry {
  /** The whole record, as every write is checked (cross-field rules included). */
  readonly schema: ZodObject;
  /** How it travels to the county; null: it stays on the PC. */
  readonly sync: TableSync | null;
  /** Matching reads it: a write to it makes the prepared match data stale. */
  readonly matching: boolean;
}

/**
 * Every table of records, in one place: its schema (the entity), whether and how it syncs and whether matching
 * reads it. The sync table list (shared/sync/tables.ts), the county's field checks (server/src/tables.ts),
 * matching's list of tables (renderer/src/matching/tables.ts) and the command layer's tables
 * (renderer/src/db/tables.ts) all read it. Each table's local store is beside it in `LOCAL_STORES`
 * (shared/entities/local-stores.ts), which the Dexie schema (renderer/src/db/schema.ts) reads: it holds no
 * validation code, so opening the database loads none.
 *
 * Adding a table is three edits:
 * 1. the entity: `shared/entities/<name>.ts` with its zod schema (the record type is its `z.infer`);
 * 2. its entry here;
 * 3. its store in `LOCAL_STORES`, with `since` one above the newest Dexie version (the last of SCHEMA_VERSIONS):
 *    the Dexie schema then declares that version with the new store (the compiler names a table without one).
 * Then it is stored, validated, synced (or not), checked by the county and watched by matching as its entry
 * says; `renderer/src/db/schema.test.ts` and `server/src/tables.test.ts` check the Dexie store and the
 * county's field check. Optional extras: a typed accessor on DoorstepDb (db.table(name) works without one) and
 * a label under `tables.*` in the i18n catalogues (screens fall back to the table's name).
 * A change to an existing table's indexes, a data migration or a removed table is not this: it takes a
 * numbered version (with an upgrade when data moves) written out in renderer/src/db/schema.ts.
 *
 * The audit log is here for its schema and sync (its store is in `LOCAL_STORES`); it is written by the command layer itself, never as a
 * record. Tables kept only for the machine's bookkeeping (meta, outbox, sent) hold no records: they live in
 * renderer/src/db/schema.ts.
 */
export const TABLES = {
  stations: { schema: stationSchema, sync: { kind: 'station' }, matching: true },
  // Staff accounts and this PC's settings never leave it (PIN hashes stay on the machine).
  staff: { schema: staffSchema, sync: null, matching: false },
  settings: { schema: settingsSchema, sync: null, matching: false },
  audit: {
    schema: auditEntrySchema,
    sync: { kind: 'append' },
    matching: false,
  },
  // The register.
  seekers: {
    schema: seekerSchema,
    sync: { kind: 'station' },
    matching: true,
  },
  employers: {
    schema: employerSchema,
    sync: { kind: 'county' },
    matching: true,
  },
  jobs: {
    schema: jobSchema,
    sync: { kind: 'county' },
    matching: true,
  },
  villages: {
    schema: villageSchema,
    sync: { kind: 'county' },
    matching: true,
  },
  referrals: {
    schema: referralSchema,
    sync: { kind: 'station' },
    matching: false,
  },
  // Matching reads placements and visits for an employer's serious visit findings (a posting's rights flags).
  placements: {
    schema: placementSchema,
    sync: { kind: 'station' },
    matching: true,
  },
  visits: {
    schema: visitSchema,
    sync: { kind: 'append' },
    matching: true,
  },
  // Minimum wages, hour limits, …: edited by the county admin, read by every station on the date it checks.
  ruleParameters: {
    schema: ruleParameterSchema,
    sync: { kind: 'county', writers: 'county-office' },
    matching: true,
  },
  // Courses are county-shared (a township's course is open to every station's people, matching suggests it,
  // the skills gap counts it); only the station that runs one changes it, enrols and takes its roll-call.
  courses: {
    schema: courseSchema,
    sync: { kind: 'county' },
    matching: true,
  },
  enrolments: {
    schema: enrolmentSchema,
    sync: { kind: 'station' },
    matching: false,
  },
  attendance: {
    schema: attendanceEventSchema,
    sync: { kind: 'append' },
    matching: false,
  },
} as const satisfies Record<string, TableEntry>;

export type TableName = keyof typeof TABLES;

/** The tables that travel to the county. */
export type SyncedTableName = {
  [K in TableName]: (typeof TABLES)[K]['sync'] extends null ? never : K;
}[TableName];

export const isTableName = (name: string): name is TableName => Object.prototype.hasOwnProperty.call(TABLES, name);

export const TABLE_NAMES: readonly TableName[] = Object.keys(TABLES).filter(isTableName);
