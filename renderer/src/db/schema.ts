/**
 * Dexie schema versions, oldest first. Never edit a shipped version: add a new one (with an `upgrade`
 * when data must move). Dexie applies every step from the version on disk to the newest.
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
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
];
