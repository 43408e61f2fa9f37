import { holdsOnlyReleasable } from '#shared/privacy/county-release';
import type { PushResult } from '#shared/sync/batch';
import { applyMutation, EMPTY_RECORD } from '#shared/sync/merge';
import type { Mutation } from '#shared/sync/mutation';
import { isCountyOffice } from '#shared/sync/tables';
import { holdsNul } from '../nul-text';
import { insertMutations, knownMutationIds, type MutationRow } from '../repositories/mutations';
import { holdMutations, type HeldMutation } from '../repositories/quarantine';
import { loadRecords, recordKey, type StoredRecord } from '../repositories/records';
import { areaCodes } from '../repositories/stations';
import type { Sql } from '../store/sql';
import { serverTable } from '../tables';
import { admit, type Admission } from './admit';
import { gatherForBatch, guard, redactState } from './consent-guard';
import { erasePerson, eraseRecords } from './erase-person';
import { storeMerged } from './merged-records';

/** A mutation and the station and enrolment it arrives for. */
export interface Incoming {
  readonly m: Mutation;
  readonly stationId: string;
  readonly enrollmentId: string;
  /** it comes out of quarantine: its id was held, not seen */
  readonly released?: boolean;
}

/** On the wire a quarantined mutation is `applied` (the station may forget it), with code `quarantined`. */
export function pushResult(id: string, verdict: Admission): PushResult {
  switch (verdict.status) {
    case 'quarantined':
      return { id, status: 'applied', code: 'quarantined', message: verdict.message };
    case 'rejected':
      return { id, status: 'rejected', code: verdict.code, message: verdict.message };
    default:
      return { id, status: verdict.status };
  }
}

/** Stations among those pushing county-office tables that are county offices (read once per batch). */
async function countyOffices(sql: Sql, items: readonly Incoming[]): Promise<Set<string>> {
  const ids = [...new Set(items.filter((i) => serverTable(i.m.table)?.countyOffice).map((i) => i.stationId))];
  const offices = new Set<string>();
  for (const [id, areaCode] of await areaCodes(sql, ids)) if (isCountyOffice(areaCode)) offices.add(id);
  return offices;
}

/**
 * The one path every mutation takes (network push, USB bundle, quarantine release): read what the rules need,
 * fold the batch through `admit` (each taken mutation merges into the record the next one sees), keep what is
 * about a person without county consent only pseudonymously (`guard`), then write the accepted mutations, the
 * merged records, the quarantined mutations and any new duplicate pairs, and erase the identity the county held
 * of a person whose consent is gone.
 */
export async function ingest(sql: Sql, items: readonly Incoming[], at: number): Promise<PushResult[]> {
  const seen = await knownMutationIds(
    sql,
    items.filter((i) => !i.released && !holdsNul(i.m.id)).map((i) => i.m.id),
  );
  // A mutation holding a NUL character is rejected by `admit`; PostgreSQL could not even look it up.
  const stored = await loadRecords(
    sql,
    items.filter((i) => !holdsNul(i.m)).map((i) => ({ table: i.m.table, recordId: i.m.recordId })),
  );
  const offices = await countyOffices(sql, items);
  const about = await gatherForBatch(
    sql,
    items.filter((i) => !holdsNul(i.m)).map((i) => i.m),
    stored,
  );
  const erasures = new Map<string, { table: string; recordId: string; owner: string }>();
  const written = new Map<string, StoredRecord>();
  const accepted: MutationRow[] = [];
  const held: HeldMutation[] = [];
  const results: PushResult[] = [];

  for (const { m, stationId, enrollmentId } of items) {
    const key = recordKey(m.table, m.recordId);
    const existing = written.get(key) ?? stored.get(key);
    const verdict = admit(m, {
      existing,
      stationId,
      isCountyOffice: offices.has(stationId),
      seen: seen.has(m.id),
      now: at,
    });
    results.push(pushResult(m.id, verdict));
    const lookup = (t: string, id: string) => written.get(recordKey(t, id))?.state.values ?? about(t, id);
    const before = existing?.state ?? EMPTY_RECORD;
    const merged = applyMutation(before, m);
    if (verdict.status === 'quarantined') {
      seen.add(m.id);
      const { taken } = guard(m, merged, lookup);
      held.push({ mutation: taken, stationId, enrollmentId, wallMs: verdict.wallMs, receivedAt: at });
    } else if (verdict.status === 'applied') {
      seen.add(m.id);
      const owner = existing?.owner ?? stationId;
      const { identifiable, taken } = guard(m, merged, lookup);
      const state = identifiable ? merged : redactState(m.table, applyMutation(before, taken));
      // Identity held from before (consent just withdrawn, or sent by an older app): erased everywhere below.
      if (!identifiable && !holdsOnlyReleasable(m.table, before.values))
        erasures.set(key, { table: m.table, recordId: m.recordId, owner });
      const idNumber =
        m.table === 'seekers' && typeof state.values.idNumber === 'string' ? state.values.idNumber : null;
      written.set(key, {
        table: m.table,
        recordId: m.recordId,
        owner,
        state,
        idNumber,
        deleted: state.values.deleted === true,
      });
      accepted.push({
        ...taken,
        authorStationId: stationId,
        ownerStationId: owner,
        enrollmentId,
        shared: serverTable(m.table)?.kind === 'county',
        receivedAt: at,
      });
    }
  }

  await insertMutations(sql, accepted);
  await storeMerged(sql, [...written.values()], at);
  await holdMutations(sql, held);
  for (const e of erasures.values()) {
    if (e.table === 'seekers') await erasePerson(sql, e.owner, e.recordId, at);
    else await eraseRecords(sql, e.owner, [e], at);
  }
  return results;
}
