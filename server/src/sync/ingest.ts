import { holdsOnlyReleasable } from '#shared/privacy/county-release';
import type { PushResult } from '#shared/sync/batch';
import { applyMutation, EMPTY_RECORD } from '#shared/sync/merge';
import type { Mutation } from '#shared/sync/mutation';
import { isCountyOffice } from '#shared/sync/tables';
import { holdsNul } from '../nul-text';
import { insertMutations, knownMutationIds, type MutationRow } from '../repositories/mutations';
import { dropHeld, heldByIds, holdMutations, type HeldMutation } from '../repositories/quarantine';
import { loadRecords, recordKey, type StoredRecord } from '../repositories/records';
import { areaCodes } from '../repositories/stations';
import type { Sql } from '../store/sql';
import { serverTable } from '../tables';
import { admit, type Admission } from './admit';
import { gatherForBatch, guard, redactState } from './consent-guard';
import { erasePerson, eraseRecords } from './erase-person';
import { checkHoldLimits, type HoldLimits } from './hold-limits';
import { storeMerged } from './merged-records';

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
 * need, fold the batch through `admit` (each taken mutation merges into the record the next one sees), keep what
 * is about a person without county consent only pseudonymously (`guard`), then write the accepted mutations, the
 * merged records, the held mutations and any new duplicate pairs, and erase the identity the county held of a
 * person whose consent is gone. A push that would park more than the hold's limits is refused whole
 * (`checkHoldLimits`).
 */
export async function ingest(
  sql: Sql,
  items: readonly Incoming[],
  at: number,
  options: { readonly holdLimits?: HoldLimits | false } = {},
): Promise<PushResult[]> {
  // A mutation holding a NUL character is rejected by `admit`; PostgreSQL could not even look it up. Looked for
  // once per mutation (every string of it), here.
  const nul = new Set(items.filter((i) => holdsNul(i.m)).map((i) => i.m));
  const clean = items.filter((i) => !nul.has(i.m)).map((i) => i.m);
  const fresh = items.filter((i) => !i.released && !holdsNul(i.m.id)).map((i) => i.m.id);
  const seen = await knownMutationIds(sql, fresh);
  const heldBefore = await heldByIds(sql, fresh);
  const stored = await loadRecords(
    sql,
    clean.map((m) => ({ table: m.table, recordId: m.recordId })),
  );
  const offices = await countyOffices(sql, items);
  const about = await gatherForBatch(sql, clean, stored);
  const erasures = new Map<string, { table: string; recordId: string; owner: string }>();
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
      holdsNul: nul.has(m),
      held: before && { hlc: before.mutation.hlc, stationId: before.stationId, refusal: before.refusal },
      now: at,
    });
    const result = pushResult(m.id, verdict);
    results.push(result);
    const lookup = (t: string, id: string) => written.get(recordKey(t, id))?.state.values ?? about(t, id);
    const prior = existing?.state ?? EMPTY_RECORD;
    const merged = applyMutation(prior, m);
    const replaces = before !== undefined && before.mutation.hlc !== m.hlc;
    if (verdict.status === 'held') {
      heldNow.set(m.id, result);
      if (before && !replaces) continue;
      const { taken } = guard(m, merged, lookup);
      const row = { mutation: taken, stationId, enrollmentId, wallMs: verdict.wallMs, receivedAt: at };
      held.push(row);
      if (before) replaced.push(m.id);
      else newlyHeld.push(row);
    } else if (verdict.status === 'applied') {
      seen.add(m.id);
      if (before) replaced.push(m.id);
      const owner = existing?.owner ?? stationId;
      const { identifiable, taken } = guard(m, merged, lookup);
      const state = identifiable ? merged : redactState(m.table, applyMutation(prior, taken));
      // Identity held from before (consent just withdrawn, or sent by an older app): erased everywhere below.
      if (!identifiable && !holdsOnlyReleasable(m.table, prior.values))
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
        firstWrite: !stored.has(key),
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

  if (options.holdLimits !== false) await checkHoldLimits(sql, held, newlyHeld, at, options.holdLimits);
  await dropHeld(sql, replaced);
  await insertMutations(sql, accepted);
  await storeMerged(sql, [...written.values()], at);
  await holdMutations(sql, held);
  for (const e of erasures.values()) {
    if (e.table === 'seekers') await erasePerson(sql, e.owner, e.recordId, at);
    else await eraseRecords(sql, e.owner, [e], at);
  }
  return results;
}
