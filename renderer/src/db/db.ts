import Dexie, { type Table } from 'dexie';
import type { AuditEntry } from '#shared/entities/audit';
import type { Employer } from '#shared/entities/employer';
import type { Referral } from '#shared/entities/referral';
import type { Placement } from '#shared/entities/placement';
import type { Visit } from '#shared/entities/visit';
import type { RuleParameter } from '#shared/entities/rule-parameter';
import type { Job } from '#shared/entities/job';
import type { Seeker } from '#shared/entities/seeker';
import type { Village } from '#shared/entities/village';
import type { AttendanceEvent } from '#shared/entities/attendance-event';
import type { Course } from '#shared/entities/course';
import type { Enrolment } from '#shared/entities/enrolment';
import type { Settings } from '#shared/entities/settings';
import type { Staff } from '#shared/entities/staff';
import type { Station } from '#shared/entities/station';
import type { Stamp } from '#shared/sync/merge';
import type { Mutation } from '#shared/sync/mutation';
import { SCHEMA_VERSIONS } from './schema';

/** Machine bookkeeping (device id, clock, station id): not records, never synced, never audited. */
export interface MetaRow {
  readonly key: string;
  readonly value: string;
}

/**
 * A change waiting for the county. `rejected` is set when the county refused it for good (a person fixes it);
 * `held` when the county holds it aside because its clock was too far ahead (not stored yet: kept and sent again).
 */
export type OutboxEntry = Mutation & {
  readonly rejected?: { readonly code: string; readonly message: string; readonly at: number };
  readonly held?: { readonly code: string; readonly message: string; readonly at: number };
};

/** A change the county has stored, with when it said so. */
export type SentEntry = Mutation & { readonly sentAt: number };

/**
 * Per-field clocks of a synced record (field → the change that last set it), kept beside the record on
 * this PC so that changes pulled from the county merge field by field, exactly as on the server.
 */
export interface Stamped {
  readonly _stamps?: Readonly<Record<string, Stamp>>;
}

/** Fields kept only on this PC, next to a record: derived for look-ups, never synced or audited. */
export interface SearchKeyed {
  readonly searchKeys: readonly string[];
}
export type SeekerRow = Seeker & SearchKeyed & Stamped;
export type EmployerRow = Employer & SearchKeyed & Stamped;
export type JobRow = Job & SearchKeyed & Stamped;

export class DoorstepDb extends Dexie {
  declare meta: Table<MetaRow, string>;
  declare stations: Table<Station, string>;
  declare staff: Table<Staff, string>;
  declare settings: Table<Settings, string>;
  declare outbox: Table<OutboxEntry, string>;
  declare audit: Table<AuditEntry, string>;
  declare sent: Table<SentEntry, string>;
  declare seekers: Table<SeekerRow, string>;
  declare employers: Table<EmployerRow, string>;
  declare jobs: Table<JobRow, string>;
  declare villages: Table<Village, string>;
  declare referrals: Table<Referral & Stamped, string>;
  declare placements: Table<Placement & Stamped, string>;
  declare visits: Table<Visit & Stamped, string>;
  declare ruleParameters: Table<RuleParameter & Stamped, string>;
  declare courses: Table<Course & Stamped, string>;
  declare enrolments: Table<Enrolment & Stamped, string>;
  declare attendance: Table<AttendanceEvent & Stamped, string>;

  constructor(name = 'doorstep') {
    // 'strict' durability: a committed change is on disk before Dexie reports success (Chromium).
    super(name, { chromeTransactionDurability: 'strict', cache: 'disabled' });
    for (const step of SCHEMA_VERSIONS) {
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
    // The audit log is append-only: no code path may change or remove an entry.
    const appendOnly = (): never => {
      throw new Error('The audit log is append-only');
    };
    this.audit.hook('updating', appendOnly);
    this.audit.hook('deleting', appendOnly);
  }
}

let instance: DoorstepDb | null = null;

export function getDb(): DoorstepDb {
  instance ??= new DoorstepDb();
  return instance;
}

/** Ask the browser not to evict our data under storage pressure. Returns whether it agreed. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
