import type { PushResult } from '#shared/sync/batch';
import { applyMutation, EMPTY_RECORD } from '#shared/sync/merge';
import type { Mutation } from '#shared/sync/mutation';
import { isCountyOffice } from '#shared/sync/tables';
import { holdsNul } from '../nul-text';
import { insertMutations, knownMutationIds, type MutationRow } from '../repositories/mutations';
import { holdMutations, type HeldMutation } from '../repositories/quarantine';
import { loadRecords, recordKey, saveRecords, type StoredRecord } from '../repositories/records';
import { areaCodes } from '../repositories/stations';
import type { Sql } from '../store/sql';
import { serverTable } from '../tables';
import { admit, type Admission } from './admit';
import { queueDuplicatePeople } from './duplicate-people';

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
 * fold the batch through `admit` (each taken mutation merges into the record the next one sees), then write
 * the accepted mutations, the merged records, the quarantined mutations and any new duplicate pairs.
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
    if (verdict.status === 'quarantined') {
      seen.add(m.id);
      held.push({ mutation: m, stationId, enrollmentId, wallMs: verdict.wallMs, receivedAt: at });
    } else if (verdict.status === 'applied') {
      seen.add(m.id);
      const owner = existing?.owner ?? stationId;
      const state = applyMutation(existing?.state ?? EMPTY_RECORD, m);
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
        ...m,
        authorStationId: stationId,
        ownerStationId: owner,
        enrollmentId,
        shared: serverTable(m.table)?.kind === 'county',
        receivedAt: at,
      });
    }
  }

  await insertMutations(sql, accepted);
  const records = [...written.values()];
  await saveRecords(sql, records);
  await holdMutations(sql, held);
  await queueDuplicatePeople(sql, records, at);
  return results;
}
