import type { PushResult } from '#shared/sync/batch';
import { applyMutation, EMPTY_RECORD } from '#shared/sync/merge';
import type { Mutation } from '#shared/sync/mutation';
import { isCountyOffice } from '#shared/sync/tables';
import { holdsNul } from '../nul-text';
import { insertMutations, knownMutationIds, type MutationRow } from '../repositories/mutations';
import { dropHeld, heldByIds, holdMutations, type HeldMutation } from '../repositories/quarantine';
import { loadRecords, recordKey, saveRecords, type StoredRecord } from '../repositories/records';
import { areaCodes } from '../repositories/stations';
import type { Sql } from '../store/sql';
import { serverTable } from '../tables';
import { admit, type Admission } from './admit';
import { queueDuplicatePeople } from './duplicate-people';
import { checkHoldLimits, type HoldLimits } from './hold-limits';

/** A mutation and the station and enrolment it arrives for. */
export interface Incoming {
  readonly m: Mutation;
  readonly stationId: string;
  readonly enrollmentId: string;
  /** it comes out of the hold (its row there is dropped by the release) */
  readonly released?: boolean;
}

/** The answer for one mutation; a held one is `held` with code `clock.ahead` (the station keeps it). */
export function pushResult(id: string, verdict: Admission): PushResult {
  switch (verdict.status) {
    case 'held':
      return { id, status: 'held', code: 'clock.ahead', message: verdict.message };
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
 * The one path every mutation takes (network push, USB bundle, release from the hold): read what the rules
 * need, fold the batch through `admit` (each taken mutation merges into the record the next one sees), then
 * write the accepted mutations, the merged records, the held mutations and any new duplicate pairs. A push
 * that would park more than the hold's limits is refused whole (`checkHoldLimits`).
 */
export async function ingest(
  sql: Sql,
  items: readonly Incoming[],
  at: number,
  options: { readonly holdLimits?: HoldLimits | false } = {},
): Promise<PushResult[]> {
  const fresh = items.filter((i) => !i.released && !holdsNul(i.m.id)).map((i) => i.m.id);
  const seen = await knownMutationIds(sql, fresh);
  const heldBefore = await heldByIds(sql, fresh);
  // A mutation holding a NUL character is rejected by `admit`; PostgreSQL could not even look it up.
  const stored = await loadRecords(
    sql,
    items.filter((i) => !holdsNul(i.m)).map((i) => ({ table: i.m.table, recordId: i.m.recordId })),
  );
  const offices = await countyOffices(sql, items);
  const written = new Map<string, StoredRecord>();
  const accepted: MutationRow[] = [];
  const held: HeldMutation[] = [];
  const newlyHeld: HeldMutation[] = [];
  /** held copies this batch replaces (re-stamped, or applied now that they are due) */
  const replaced: string[] = [];
  const results: PushResult[] = [];

  /** held earlier in this batch: the same id again gets the same answer */
  const heldNow = new Map<string, PushResult>();

  for (const { m, stationId, enrollmentId, released } of items) {
    const again = heldNow.get(m.id);
    if (again) {
      results.push(again);
      continue;
    }
    const key = recordKey(m.table, m.recordId);
    const existing = written.get(key) ?? stored.get(key);
    const before = released ? undefined : heldBefore.get(m.id);
    const verdict = admit(m, {
      existing,
      stationId,
      isCountyOffice: offices.has(stationId),
      seen: seen.has(m.id),
      held: before && { hlc: before.mutation.hlc, stationId: before.stationId, refusal: before.refusal },
      now: at,
    });
    const result = pushResult(m.id, verdict);
    results.push(result);
    const replaces = before !== undefined && before.mutation.hlc !== m.hlc;
    if (verdict.status === 'held') {
      heldNow.set(m.id, result);
      if (before && !replaces) continue;
      const row = { mutation: m, stationId, enrollmentId, wallMs: verdict.wallMs, receivedAt: at };
      held.push(row);
      if (before) replaced.push(m.id);
      else newlyHeld.push(row);
    } else if (verdict.status === 'applied') {
      seen.add(m.id);
      if (before) replaced.push(m.id);
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

  if (options.holdLimits !== false) await checkHoldLimits(sql, held, newlyHeld, at, options.holdLimits);
  await dropHeld(sql, replaced);
  await insertMutations(sql, accepted);
  const records = [...written.values()];
  await saveRecords(sql, records);
  await holdMutations(sql, held);
  await queueDuplicatePeople(sql, records, at);
  return results;
}
