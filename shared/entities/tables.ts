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

/** The table's store in the station's IndexedDB (renderer/src/db/schema.ts declares it to Dexie). */
export interface LocalStore {
  /** Dexie's index string: the primary key first, then the indexes (`*` multi-entry, `[a+b]` compound). */
  readonly indexes: string;
  /** The Dexie schema version that first declares the table. Never changes once that version has shipped. */
  readonly since: number;
}

export interface TableEntry {
  /** The whole record, as every write is checked (cross-field rules included). */
  readonly schema: ZodObject;
  /** How it travels to the county; null: it stays on the PC. */
  readonly sync: TableSync | null;
  /** Matching reads it: a write to it makes the prepared match data stale. */
  readonly matching: boolean;
  readonly local: LocalStore;
}

/**
 * Every table of records, in one place: its schema (the entity), whether and how it syncs, whether matching
 * reads it, and its local store. The Dexie schema (renderer/src/db/schema.ts), the sync table list
 * (shared/sync/tables.ts) and the county's field checks (server/src/tables.ts), matching's list of tables
 * (renderer/src/matching/tables.ts) and the command layer's tables (renderer/src/db/tables.ts) all read it.
 *
 * Adding a table is two edits:
 * 1. the entity: `shared/entities/<name>.ts` with its zod schema (the record type is its `z.infer`);
 * 2. its entry here, with `local.since` one above the newest Dexie version (the last of SCHEMA_VERSIONS):
 *    the Dexie schema then declares that version with the new store.
 * Then it is stored, validated, synced (or not), checked by the county and watched by matching as its entry
 * says; `renderer/src/db/schema.test.ts` and `server/src/tables.test.ts` check the Dexie store and the
 * county's field check. Optional extras: a typed accessor on DoorstepDb (db.table(name) works without one) and
 * a label under `tables.*` in the i18n catalogues (screens fall back to the table's name).
 * A change to an existing table's indexes, a data migration or a removed table is not this: it takes a
 * numbered version (with an upgrade when data moves) written out in renderer/src/db/schema.ts.
 *
 * The audit log is here for its schema, sync and store; it is written by the command layer itself, never as a
 * record. Tables kept only for the machine's bookkeeping (meta, outbox, sent) hold no records: they live in
 * renderer/src/db/schema.ts.
 */
export const TABLES = {
  stations: { schema: stationSchema, sync: { kind: 'station' }, matching: true, local: { indexes: 'id', since: 1 } },
  // Staff accounts and this PC's settings never leave it (PIN hashes stay on the machine).
  staff: { schema: staffSchema, sync: null, matching: false, local: { indexes: 'id, name', since: 1 } },
  settings: { schema: settingsSchema, sync: null, matching: false, local: { indexes: 'id', since: 1 } },
  audit: {
    schema: auditEntrySchema,
    sync: { kind: 'append' },
    matching: false,
    local: { indexes: 'id, at, actorId, [table+recordId]', since: 1 },
  },
  // The register. `searchKeys` is derived on the PC (shared/registry/search-keys.ts) and never synced.
  seekers: {
    schema: seekerSchema,
    sync: { kind: 'station' },
    matching: true,
    local: { indexes: 'id, *searchKeys, idNumber, phone, [name+birthDate], villageCode, status, createdAt', since: 2 },
  },
  employers: {
    schema: employerSchema,
    sync: { kind: 'county' },
    matching: true,
    local: { indexes: 'id, *searchKeys, name, creditCode, villageCode', since: 2 },
  },
  jobs: {
    schema: jobSchema,
    sync: { kind: 'county' },
    matching: true,
    local: { indexes: 'id, *searchKeys, employerId, status, createdAt', since: 2 },
  },
  villages: {
    schema: villageSchema,
    sync: { kind: 'county' },
    matching: true,
    local: { indexes: 'id, code, name', since: 2 },
  },
  referrals: {
    schema: referralSchema,
    sync: { kind: 'station' },
    matching: false,
    local: { indexes: 'id, seekerId, jobId, employerId, status, createdAt', since: 4 },
  },
  // Matching reads placements and visits for an employer's serious visit findings (a posting's rights flags).
  placements: {
    schema: placementSchema,
    sync: { kind: 'station' },
    matching: true,
    local: { indexes: 'id, seekerId, jobId, employerId, status, startDate', since: 4 },
  },
  visits: {
    schema: visitSchema,
    sync: { kind: 'append' },
    matching: true,
    local: { indexes: 'id, placementId, visitedOn', since: 4 },
  },
  // Minimum wages, hour limits, …: edited by the county admin, read by every station on the date it checks.
  ruleParameters: {
    schema: ruleParameterSchema,
    sync: { kind: 'county', writers: 'county-office' },
    matching: true,
    local: { indexes: 'id, kind', since: 4 },
  },
  // Courses are county-shared (a township's course is open to every station's people, matching suggests it,
  // the skills gap counts it); only the station that runs one changes it, enrols and takes its roll-call.
  courses: {
    schema: courseSchema,
    sync: { kind: 'county' },
    matching: true,
    local: { indexes: 'id, trainerId, status, skillCode, createdAt', since: 5 },
  },
  enrolments: {
    schema: enrolmentSchema,
    sync: { kind: 'station' },
    matching: false,
    local: { indexes: 'id, courseId, seekerId, [courseId+seekerId], status', since: 5 },
  },
  attendance: {
    schema: attendanceEventSchema,
    sync: { kind: 'append' },
    matching: false,
    local: { indexes: 'id, courseId, [courseId+sessionId], enrolmentId', since: 5 },
  },
} as const satisfies Record<string, TableEntry>;

export type TableName = keyof typeof TABLES;

/** The tables that travel to the county. */
export type SyncedTableName = {
  [K in TableName]: (typeof TABLES)[K]['sync'] extends null ? never : K;
}[TableName];

export const isTableName = (name: string): name is TableName => Object.prototype.hasOwnProperty.call(TABLES, name);

export const TABLE_NAMES: readonly TableName[] = Object.keys(TABLES).filter(isTableName);
