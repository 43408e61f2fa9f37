import { decodeState } from '../record-state';
import { placeholders, type Row, type Sql } from '../store/sql';
import { nothingTouched, refreshDerived, writeProjections } from './apply-projections';
import { PROJECTIONS } from './project';
import type { ProjectionSource } from './project-values';
import { REPORT_TABLES } from './report-tables';
import { rebuildRollups } from './rollups/keep';

const BATCH = 1000;

/**
 * Empties the reporting tables and builds them again from every merged record, a batch of records at a time
 * (in order of table and id), inside the caller's one transaction: readers see the old tables or the new,
 * never a half-built one. Returns how many records were read.
 */
export async function reindexReports(sql: Sql): Promise<{ records: number }> {
  for (const table of REPORT_TABLES) await sql.run(`DELETE FROM ${table}`);
  const tables = Object.keys(PROJECTIONS);
  const touched = nothingTouched();
  let after: [string, string] = ['', ''];
  let records = 0;
  for (;;) {
    const rows = await sql.all<Row>(
      `SELECT table_name, record_id, owner_station_id, state, deleted FROM records
       WHERE table_name IN (${placeholders(tables.length)}) AND (table_name > ? OR (table_name = ? AND record_id > ?))
       ORDER BY table_name, record_id LIMIT ${BATCH}`,
      [...tables, after[0], after[0], after[1]],
    );
    if (rows.length === 0) break;
    const sources: ProjectionSource[] = rows.map((r) => ({
      table: String(r.table_name),
      recordId: String(r.record_id),
      owner: String(r.owner_station_id),
      state: decodeState(String(r.state)),
      deleted: Number(r.deleted) === 1,
    }));
    await writeProjections(sql, sources, touched);
    records += rows.length;
    const last = rows[rows.length - 1] as Row;
    after = [String(last.table_name), String(last.record_id)];
  }
  await refreshDerived(sql, touched);
  return { records };
}

/** The reporting tables, then the monthly roll-ups counted from them, rebuilt in the caller's transaction. */
export async function reindexAll(sql: Sql): Promise<{ records: number }> {
  const read = await reindexReports(sql);
  await rebuildRollups(sql);
  return read;
}
