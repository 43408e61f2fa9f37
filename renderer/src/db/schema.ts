/**
 * Dexie schema versions, oldest first. Dexie applies every step from the version on disk to the newest.
 * The stores of records come from `LOCAL_STORES` (shared/entities/local-stores.ts), beside the table registry:
 * a table added after the written versions is declared by the version its `since` names (`laterVersions`), so
 * adding a table takes no edit here. Never edit a written version: a change of indexes, a move of data (an
 * `upgrade`) or a removed table is a new written version.
 */
import type { Transaction } from 'dexie';
import { LOCAL_STORES, type LocalStore } from '#shared/entities/local-stores';

export interface SchemaVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

/** This PC's bookkeeping (device and sync state, changes waiting for or stored by the county): not records. */
export const BOOKKEEPING_STORES = {
  meta: 'key',
  outbox: 'id, hlc, [table+recordId], rejected.at, held.at',
  sent: 'id, hlc',
} as const;

/** The versions as written, each with the stores it adds or changes. */
const WRITTEN_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      meta: 'key',
      stations: 'id',
      staff: 'id, name',
      settings: 'id',
      outbox: 'id, hlc, [table+recordId]',
      audit: 'id, at, actorId, [table+recordId]',
    },
  },
  {
    // The registry. `searchKeys` is derived locally (name, pinyin, initials, phone and ID tails) and never synced.
    version: 2,
    stores: {
      seekers: 'id, *searchKeys, idNumber, phone, [name+birthDate], villageCode, status, createdAt',
      employers: 'id, *searchKeys, name, creditCode, villageCode',
      jobs: 'id, *searchKeys, employerId, status, createdAt',
      villages: 'id, code, name',
    },
  },
  {
    // Sync: mutations the county has stored (kept so they can be sent again if the county restores an
    // older backup), beside the outbox of those not yet stored.
    version: 3,
    stores: {
      sent: 'id, hlc',
    },
  },
  {
    // Matching and rights: referrals, placements, follow-up visits (append-only) and the county's rule
    // parameters (minimum wages, hour limits, …).
    version: 4,
    stores: {
      referrals: 'id, seekerId, jobId, employerId, status, createdAt',
      placements: 'id, seekerId, jobId, employerId, status, startDate',
      visits: 'id, placementId, visitedOn',
      ruleParameters: 'id, kind',
    },
  },
  {
    // Training: courses, enrolments and attendance events (append-only).
    version: 5,
    stores: {
      courses: 'id, trainerId, status, skillCode, createdAt',
      enrolments: 'id, courseId, seekerId, [courseId+seekerId], status',
      attendance: 'id, courseId, [courseId+sessionId], enrolmentId',
    },
  },
  {
    // The outbox's refused and held changes indexed by when (an entry without the mark is not in the index):
    // what is waiting is counted from the indexes, never by reading every waiting change.
    version: 6,
    stores: {
      outbox: 'id, hlc, [table+recordId], rejected.at, held.at',
    },
  },
];

/**
 * The versions after the written ones: each declares the tables whose `since` it is (a table added since),
 * with their indexes. A table whose `since` is a written version is that version's to declare.
 */
export function laterVersions(
  written: readonly SchemaVersion[],
  tables: Readonly<Record<string, LocalStore>>,
): SchemaVersion[] {
  const last = written.at(-1)?.version ?? 0;
  const added = new Map<number, Record<string, string>>();
  for (const [name, local] of Object.entries(tables)) {
    if (local.since <= last) continue;
    added.set(local.since, { ...added.get(local.since), [name]: local.indexes });
  }
  return [...added].sort(([a], [b]) => a - b).map(([version, stores]) => ({ version, stores }));
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  ...WRITTEN_VERSIONS,
  ...laterVersions(WRITTEN_VERSIONS, LOCAL_STORES),
];
