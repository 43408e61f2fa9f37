import { createConsole } from './console/console';
import { createDuplicateResolution } from './console/duplicate-resolution';
import { migrate } from './migrations/migrate';
import { countyAreaCode } from './reporting/exports/county-code';
import { createStationHealth } from './reporting/stations/station-health';
import { stationsLedger } from './reporting/stations/stations-ledger';
import { listDuplicates } from './repositories/duplicates';
import { loadRecords, recordKey } from './repositories/records';
import { reindexAll } from './reporting/reindex';
import { createReporting } from './reporting/reporting';
import { loadIdentity, renewEpoch } from './server-identity';
import { createAuthentication } from './stations/authentication';
import { createEnrolment } from './stations/enrolment';
import { createStations } from './stations/stations';
import { createTokenRenewal } from './stations/token-renewal';
import type { Database } from './store/sql';
import { sweepWithoutConsent } from './sync/privacy-sweep';
import { pullFeed } from './sync/pull-feed';
import type { HoldLimits } from './sync/hold-limits';
import { createBundleImport } from './sync/bundle-import';
import { createPush } from './sync/push';
import { createHold } from './sync/quarantine';

export interface ServiceOptions {
  readonly now?: () => number;
  /** How long an enrolment code stays valid. */
  readonly codeTtlMs?: number;
  /** An admin token to use (COUNTY_ADMIN_TOKEN); otherwise one is made at first start. */
  readonly adminToken?: string;
  /** How much one station may park in the hold (sync/hold-limits.ts). */
  readonly holdLimits?: HoldLimits;
}

export type Service = ReturnType<typeof createService>;

/**
 * The county server's operations over one database, as the HTTP routes, the CLI and the tests call them: a
 * thin composition of stations/ (register, enrolment, tokens), sync/ (ingest, pull feed) and the repositories.
 */
export function createService(db: Database, options: ServiceOptions = {}) {
  const now = options.now ?? Date.now;
  let epoch = '';
  let adminHash = '';
  const stations = createStations(db, { now, codeTtlMs: options.codeTtlMs });
  const { push } = createPush(db, now, options.holdLimits);
  const stationHealth = createStationHealth(db, now);

  return {
    /**
     * Schema, epoch and admin token, and identity held without consent erased (once per version of the rule).
     * Returns the admin token when it was just made (print it once).
     */
    async init(): Promise<{ epoch: string; newAdminToken: string | null }> {
      await migrate(db, { now });
      const identity = await loadIdentity(db, options.adminToken);
      epoch = identity.epoch;
      adminHash = identity.adminHash;
      await sweepWithoutConsent(db, now);
      return { epoch, newAdminToken: identity.newAdminToken };
    },
    get epoch() {
      return epoch;
    },
    authenticate: createAuthentication(db, () => adminHash, now),
    /** A new token for a device whose token is due (see stations/token-policy.ts), for the answer to carry. */
    renewToken: createTokenRenewal(db, now),
    addStation: stations.addStation,
    newCode: stations.newCode,
    revoke: stations.revoke,
    listStations: stations.listStations,
    /** Each station's sync health and month (`YYYY-MM`, this month by default), for the console. */
    stationHealth,
    /** 站点台账, the stations as a ledger (the console's page and export). */
    stationsLedger: stationsLedger(stationHealth),
    enroll: createEnrolment(db, now),
    push,
    pull: pullFeed(db, now),
    /** A USB bundle's file: where it comes from checked, then pushed for its station (or only previewed). */
    importBundle: createBundleImport(db, now, options.holdLimits),
    /** The county console: accounts, sessions, audit log. */
    console: createConsole(db, now),
    /** The county's area code as its stations say it (for the names of export files), or null. */
    countyAreaCode: () => countyAreaCode(db),
    duplicates: () => db.transaction(listDuplicates),
    /** A county admin's answer to a pair of the duplicate-person queue (stored, audited). */
    resolveDuplicate: createDuplicateResolution(db, now),
    /** Changes held for a clock too far ahead: listed, released or refused by an admin; released when due by a job. */
    hold: createHold(db, now),
    /** The merged state of one record (admin dashboards and exports read these). */
    async record(table: string, recordId: string): Promise<Record<string, unknown> | null> {
      const found = await db.transaction((sql) => loadRecords(sql, [{ table, recordId }]));
      return found.get(recordKey(table, recordId))?.state.values ?? null;
    },
    /** The console's figures and ledgers, read from the reporting tables. */
    reporting: createReporting(db, { now, stations: stationsLedger(stationHealth) }),
    /** Builds the console's reporting tables again from the merged records, in one transaction. */
    reindex: () => db.transaction(reindexAll),
    /** After a restore: a new epoch tells every station to push again what it holds. */
    async renewEpoch() {
      epoch = await renewEpoch(db);
      return epoch;
    },
  };
}
