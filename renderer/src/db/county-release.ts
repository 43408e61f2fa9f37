import { releaseFields } from '#shared/privacy/county-release';
import {
  gatherRecords,
  mayIdentify,
  recordLookupKey,
  type RecordKey,
  type RecordValues,
} from '#shared/privacy/subject';
import type { Mutation } from '#shared/sync/mutation';
import type { DoorstepDb } from './db';

/** This PC's records by key, a table at a time (the look-ups `gatherRecords` asks for). */
async function loadLocal(db: DoorstepDb, keys: readonly RecordKey[]): Promise<Map<string, RecordValues>> {
  const out = new Map<string, RecordValues>();
  const byTable = new Map<string, string[]>();
  for (const k of keys) byTable.set(k.table, [...(byTable.get(k.table) ?? []), k.id]);
  for (const [table, ids] of byTable) {
    const rows = await db.table<RecordValues, string>(table).bulkGet(ids);
    ids.forEach((id, i) => {
      const row = rows[i];
      if (row) out.set(recordLookupKey(table, id), row);
    });
  }
  return out;
}

/**
 * Changes as they may leave this PC (shared/privacy/county-release.ts), judged by each person's consent as it
 * stands now: what was queued before consent was withdrawn leaves without the person's identity, whatever it held
 * when it was written. Every push and every USB bundle goes through here.
 */
export async function releaseForCounty(db: DoorstepDb, mutations: readonly Mutation[]): Promise<Mutation[]> {
  const lookup = await gatherRecords(
    mutations.map((m) => ({ table: m.table, recordId: m.recordId, fields: m.fields })),
    (keys) => loadLocal(db, keys),
  );
  return mutations.map((m) => {
    const item = { table: m.table, recordId: m.recordId, fields: m.fields };
    return mayIdentify(item, lookup) ? m : { ...m, fields: releaseFields(m.table, m.fields, false) };
  });
}
