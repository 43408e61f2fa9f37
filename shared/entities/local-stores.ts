import type { TableName } from './tables';

/** A table's store in the station's IndexedDB (renderer/src/db/schema.ts declares it to Dexie). */
export interface LocalStore {
  /** Dexie's index string: the primary key first, then the indexes (`*` multi-entry, `[a+b]` compound). */
  readonly indexes: string;
  /** The Dexie schema version that first declares the table. Never changes once that version has shipped. */
  readonly since: number;
}

/**
 * Each table of records' store on the PC, beside the table registry (shared/entities/tables.ts) and kept apart
 * from it: the registry holds every entity's schema, and the database is opened (for the log-in screen's staff
 * names) long before anything is validated, so the stores are plain data that load no validation code.
 */
export const LOCAL_STORES = {
  stations: { indexes: 'id', since: 1 },
  staff: { indexes: 'id, name', since: 1 },
  settings: { indexes: 'id', since: 1 },
  audit: { indexes: 'id, at, actorId, [table+recordId]', since: 1 },
  // `searchKeys` is derived on the PC (shared/registry/search-keys.ts) and never synced.
  seekers: { indexes: 'id, *searchKeys, idNumber, phone, [name+birthDate], villageCode, status, createdAt', since: 2 },
  employers: { indexes: 'id, *searchKeys, name, creditCode, villageCode', since: 2 },
  jobs: { indexes: 'id, *searchKeys, employerId, status, createdAt', since: 2 },
  villages: { indexes: 'id, code, name', since: 2 },
  referrals: { indexes: 'id, seekerId, jobId, employerId, status, createdAt', since: 4 },
  placements: { indexes: 'id, seekerId, jobId, employerId, status, startDate', since: 4 },
  visits: { indexes: 'id, placementId, visitedOn', since: 4 },
  ruleParameters: { indexes: 'id, kind', since: 4 },
  courses: { indexes: 'id, trainerId, status, skillCode, createdAt', since: 5 },
  enrolments: { indexes: 'id, courseId, seekerId, [courseId+seekerId], status', since: 5 },
  attendance: { indexes: 'id, courseId, [courseId+sessionId], enrolmentId', since: 5 },
} as const satisfies Record<TableName, LocalStore>;
