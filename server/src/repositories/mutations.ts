import type { Change } from '#shared/sync/wire';
import { chunk, placeholders, valuesList, type Row, type Sql } from '../store/sql';

/** One accepted mutation as the `mutations` table holds it. */
export interface MutationRow {
  readonly id: string;
  readonly table: string;
  readonly recordId: string;
  readonly op: string;
  readonly hlc: string;
  readonly fields: Record<string, unknown>;
  readonly authorStationId: string;
  readonly ownerStationId: string;
  readonly enrollmentId: string;
  /** pulled by every station (a county-shared table) */
  readonly shared: boolean;
  readonly receivedAt: number;
}

export async function insertMutations(sql: Sql, rows: readonly MutationRow[]): Promise<void> {
  for (const part of chunk(rows, 400)) {
    await sql.run(
      `INSERT INTO mutations (id, table_name, record_id, op, hlc, fields, author_station_id, owner_station_id, enrollment_id, shared, received_at) VALUES ${valuesList(part.length, 11)}`,
      part.flatMap((m) => [
        m.id,
        m.table,
        m.recordId,
        m.op,
        m.hlc,
        JSON.stringify(m.fields),
        m.authorStationId,
        m.ownerStationId,
        m.enrollmentId,
        m.shared ? 1 : 0,
        m.receivedAt,
      ]),
    );
  }
}

/** The ids among these the server has stored (held ones are looked up apart: `heldByIds`). */
export async function knownMutationIds(sql: Sql, ids: readonly string[]): Promise<Set<string>> {
  const seen = new Set<string>();
  for (const part of chunk([...new Set(ids)], 500)) {
    const list = placeholders(part.length);
    for (const r of await sql.all<{ id: string }>(`SELECT id FROM mutations WHERE id IN (${list})`, part)) {
      seen.add(r.id);
    }
  }
  return seen;
}

export const ownsMutations = async (sql: Sql, stationId: string): Promise<boolean> =>
  (await sql.all('SELECT 1 FROM mutations WHERE owner_station_id = ? LIMIT 1', [stationId])).length > 0;

/** Who reads the feed: the admin reads everything; a station its own records and the shared tables. */
export type FeedReader =
  { readonly kind: 'admin' } | { readonly kind: 'station'; readonly stationId: string; readonly enrollmentId: string };

const FEED_COLUMNS = 'seq, table_name, record_id, op, hlc, fields, author_station_id';

/**
 * Mutations after `since` in `seq` order, at most `limit`. A station does not get back what it pushed with the
 * same enrolment (it has them), unless it asks for them (`own`: a PC restored from a backup lacks them).
 */
export async function feed(sql: Sql, reader: FeedReader, since: number, limit: number, own = false): Promise<Change[]> {
  const rows =
    reader.kind === 'admin'
      ? await sql.all<Row>(`SELECT ${FEED_COLUMNS} FROM mutations WHERE seq > ? ORDER BY seq LIMIT ?`, [since, limit])
      : own
        ? await sql.all<Row>(
            `SELECT ${FEED_COLUMNS} FROM mutations WHERE seq > ? AND (owner_station_id = ? OR shared = 1) ORDER BY seq LIMIT ?`,
            [since, reader.stationId, limit],
          )
        : await sql.all<Row>(
            `SELECT ${FEED_COLUMNS} FROM mutations WHERE seq > ? AND (owner_station_id = ? OR shared = 1) AND enrollment_id <> ? ORDER BY seq LIMIT ?`,
            [since, reader.stationId, reader.enrollmentId, limit],
          );
  return rows.map((r) => ({
    seq: Number(r.seq),
    table: String(r.table_name),
    recordId: String(r.record_id),
    op: r.op === 'delete' ? 'delete' : 'upsert',
    hlc: String(r.hlc),
    fields: JSON.parse(String(r.fields)) as Record<string, unknown>,
    stationId: String(r.author_station_id),
  }));
}

export const lastSeq = async (sql: Sql): Promise<number> =>
  Number((await sql.all<Row>('SELECT MAX(seq) AS m FROM mutations'))[0]?.m ?? 0);

/** The stored mutations of some of a station's records (id, record and fields), in `seq` order. */
export async function mutationsOf(
  sql: Sql,
  owner: string,
  table: string,
  recordIds: readonly string[],
): Promise<{ readonly id: string; readonly fields: Record<string, unknown> }[]> {
  const out: { id: string; fields: Record<string, unknown> }[] = [];
  for (const part of chunk([...new Set(recordIds)], 500)) {
    const rows = await sql.all<Row>(
      `SELECT id, fields FROM mutations WHERE owner_station_id = ? AND table_name = ? AND record_id IN (${placeholders(part.length)}) ORDER BY seq`,
      [owner, table, ...part],
    );
    for (const r of rows)
      out.push({ id: String(r.id), fields: JSON.parse(String(r.fields)) as Record<string, unknown> });
  }
  return out;
}

/** Rewrites what a stored mutation holds (an erasure); its id, clock and place in the feed stay. */
export const rewriteMutationFields = (sql: Sql, id: string, fields: Record<string, unknown>): Promise<number> =>
  sql.run('UPDATE mutations SET fields = ? WHERE id = ?', [JSON.stringify(fields), id]);
