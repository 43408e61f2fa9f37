import type { MergedRecord } from '#shared/sync/merge';
import { decodeState, encodeState } from '../record-state';
import { applyProjections } from '../reporting/apply-projections';
import { appendTo, chunk, placeholders, valuesList, type Row, type Sql } from '../store/sql';

/** One record's merged state and what the server indexes it by. */
export interface StoredRecord {
  readonly table: string;
  readonly recordId: string;
  readonly owner: string;
  readonly state: MergedRecord;
  /** a seeker's national ID number, for the duplicate-person queue */
  readonly idNumber: string | null;
  readonly deleted: boolean;
  /** No earlier version of the record is stored (this write is its first). */
  readonly firstWrite?: boolean;
}

export const recordKey = (table: string, recordId: string): string => `${table}\u0000${recordId}`;

/** The stored records among these, by `recordKey`. */
export async function loadRecords(
  sql: Sql,
  wanted: readonly { table: string; recordId: string }[],
): Promise<Map<string, StoredRecord>> {
  const out = new Map<string, StoredRecord>();
  const byTable = new Map<string, string[]>();
  for (const w of wanted) appendTo(byTable, w.table, w.recordId);
  for (const [table, ids] of byTable) {
    for (const part of chunk([...new Set(ids)], 500)) {
      const rows = await sql.all<Row>(
        `SELECT record_id, owner_station_id, state, id_number, deleted FROM records WHERE table_name = ? AND record_id IN (${placeholders(part.length)})`,
        [table, ...part],
      );
      for (const r of rows) {
        out.set(recordKey(table, String(r.record_id)), {
          table,
          recordId: String(r.record_id),
          owner: String(r.owner_station_id),
          state: decodeState(String(r.state)),
          idNumber: r.id_number == null ? null : String(r.id_number),
          deleted: Number(r.deleted) === 1,
        });
      }
    }
  }
  return out;
}

/**
 * Inserts new records; for existing ones the state, ID number and tombstone change (the owner never does). The
 * console's reporting tables follow in the same transaction: every write of a merged record goes through here.
 */
export async function saveRecords(sql: Sql, records: readonly StoredRecord[]): Promise<void> {
  for (const part of chunk(records, 500)) {
    await sql.run(
      `INSERT INTO records (table_name, record_id, owner_station_id, state, id_number, deleted) VALUES ${valuesList(part.length, 6)}
       ON CONFLICT (table_name, record_id) DO UPDATE SET state = excluded.state, id_number = excluded.id_number, deleted = excluded.deleted`,
      part.flatMap((r) => [r.table, r.recordId, r.owner, encodeState(r.state), r.idNumber, r.deleted ? 1 : 0]),
    );
  }
  await applyProjections(sql, records);
}

/**
 * Live seekers holding any of these ID numbers, found through the ID-number index. The table name is compared
 * as an expression (`table_name || ''`), which no index serves: otherwise SQLite, keeping no statistics, walks
 * every seeker of the county through the primary key's table name instead.
 */
export async function liveSeekersByIdNumber(
  sql: Sql,
  idNumbers: readonly string[],
): Promise<{ readonly recordId: string; readonly station: string; readonly idNumber: string }[]> {
  const out: { recordId: string; station: string; idNumber: string }[] = [];
  for (const part of chunk(idNumbers, 500)) {
    const rows = await sql.all<Row>(
      `SELECT record_id, owner_station_id, id_number FROM records WHERE id_number IN (${placeholders(part.length)}) AND table_name || '' = 'seekers' AND deleted = 0`,
      part,
    );
    for (const r of rows)
      out.push({ recordId: String(r.record_id), station: String(r.owner_station_id), idNumber: String(r.id_number) });
  }
  return out;
}

/**
 * A station's records of one table whose stored state holds `"field":"value"` for any of `values` (a link to
 * another record), e.g. the referrals naming one seeker: one scan per table and 50 values. The text match only
 * narrows the rows; the decoded value is checked.
 */
export async function recordsNaming(
  sql: Sql,
  table: string,
  owner: string,
  field: string,
  values: readonly string[],
): Promise<StoredRecord[]> {
  const wanted = new Set(values);
  const out: StoredRecord[] = [];
  for (const part of chunk([...wanted], 50)) {
    const rows = await sql.all<Row>(
      `SELECT record_id, state, id_number, deleted FROM records WHERE table_name = ? AND owner_station_id = ? AND (${part.map(() => 'state LIKE ?').join(' OR ')})`,
      [table, owner, ...part.map((value) => `%${JSON.stringify(field)}:${JSON.stringify(value)}%`)],
    );
    for (const r of rows) {
      const state = decodeState(String(r.state));
      const linked = state.values[field];
      if (typeof linked !== 'string' || !wanted.has(linked)) continue;
      out.push({
        table,
        recordId: String(r.record_id),
        owner,
        state,
        idNumber: r.id_number == null ? null : String(r.id_number),
        deleted: Number(r.deleted) === 1,
      });
    }
  }
  return out;
}

/** Every seeker record of the county, a page at a time (`afterId` the last record id of the page before). */
export async function seekerPage(sql: Sql, afterId: string, limit: number): Promise<StoredRecord[]> {
  const rows = await sql.all<Row>(
    "SELECT record_id, owner_station_id, state, id_number, deleted FROM records WHERE table_name = 'seekers' AND record_id > ? ORDER BY record_id LIMIT ?",
    [afterId, limit],
  );
  return rows.map((r) => ({
    table: 'seekers',
    recordId: String(r.record_id),
    owner: String(r.owner_station_id),
    state: decodeState(String(r.state)),
    idNumber: r.id_number == null ? null : String(r.id_number),
    deleted: Number(r.deleted) === 1,
  }));
}
