import { releaseFields } from '#shared/privacy/county-release';
import { gatherRecords, mayIdentify, recordLookupKey, type RecordLookup } from '#shared/privacy/subject';
import type { MergedRecord } from '#shared/sync/merge';
import type { Mutation } from '#shared/sync/mutation';
import { loadRecords, recordKey, type StoredRecord } from '../repositories/records';
import type { Sql } from '../store/sql';

/**
 * The county's side of the consent rule (shared/privacy/county-release.ts): whatever a station sends, the county
 * keeps a person without county consent only pseudonymously. The station applies the same rule before sending;
 * this is the second line, for old app versions and anything else.
 */

/** The stored records a batch's consent questions reach (a visit's placement, that placement's seeker, …). */
export function gatherForBatch(
  sql: Sql,
  mutations: readonly Mutation[],
  stored: ReadonlyMap<string, StoredRecord>,
): Promise<RecordLookup> {
  return gatherRecords(
    mutations.map((m) => ({ table: m.table, recordId: m.recordId, fields: m.fields })),
    async (keys) => {
      const missing = keys.filter((k) => !stored.has(recordKey(k.table, k.id)));
      const loaded = await loadRecords(
        sql,
        missing.map((k) => ({ table: k.table, recordId: k.id })),
      );
      const out = new Map<string, Readonly<Record<string, unknown>>>();
      for (const k of keys) {
        const found = stored.get(recordKey(k.table, k.id)) ?? loaded.get(recordKey(k.table, k.id));
        if (found) out.set(recordLookupKey(k.table, k.id), found.state.values);
      }
      return out;
    },
  );
}

/** A merged record as the county may keep it without the person's consent (stamps of dropped fields go too). */
export function redactState(table: string, state: MergedRecord): MergedRecord {
  const values = releaseFields(table, state.values, false);
  const stamps = Object.fromEntries(Object.entries(state.stamps).filter(([field]) => field in values));
  return { values, stamps };
}

/** What the county keeps of one mutation, judged with the record as the mutation leaves it. */
export function guard(
  m: Mutation,
  merged: MergedRecord,
  lookup: RecordLookup,
): { readonly identifiable: boolean; readonly taken: Mutation } {
  const withThis: RecordLookup = (table, id) =>
    table === m.table && id === m.recordId ? merged.values : lookup(table, id);
  const identifiable = mayIdentify({ table: m.table, recordId: m.recordId, fields: m.fields }, withThis);
  return { identifiable, taken: identifiable ? m : { ...m, fields: releaseFields(m.table, m.fields, false) } };
}
