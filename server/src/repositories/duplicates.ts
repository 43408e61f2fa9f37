import type { Row, Sql } from '../store/sql';

/** Two live seekers sharing one national ID: `a` is the one whose record id sorts first. */
export interface DuplicatePair {
  readonly id: string;
  readonly idNumber: string;
  readonly a: { readonly recordId: string; readonly station: string };
  readonly b: { readonly recordId: string; readonly station: string };
  readonly foundAt: number;
}

/** A pair already queued stays as it is. */
export const queuePair = (sql: Sql, pair: DuplicatePair) =>
  sql.run(
    `INSERT INTO duplicates (id, id_number, record_a, station_a, record_b, station_b, found_at, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)
     ON CONFLICT (record_a, record_b) DO NOTHING`,
    [pair.id, pair.idNumber, pair.a.recordId, pair.a.station, pair.b.recordId, pair.b.station, pair.foundAt],
  );

/** The queue as the admin sees it, oldest first. */
export const listDuplicates = (sql: Sql): Promise<Row[]> =>
  sql.all<Row>(
    'SELECT id, id_number, record_a, station_a, record_b, station_b, found_at, resolved_at FROM duplicates ORDER BY found_at, id',
  );

/** One pair of the queue: its two stations and whether it is resolved. */
export async function findPair(
  sql: Sql,
  id: string,
): Promise<{ stationA: string; stationB: string; resolvedAt: number | null } | null> {
  const row = (await sql.all<Row>('SELECT station_a, station_b, resolved_at FROM duplicates WHERE id = ?', [id]))[0];
  if (!row) return null;
  return {
    stationA: String(row.station_a),
    stationB: String(row.station_b),
    resolvedAt: row.resolved_at == null ? null : Number(row.resolved_at),
  };
}

/** Marks an open pair resolved; returns whether it was open (a pair resolved meanwhile stays as it was). */
export async function resolvePair(
  sql: Sql,
  id: string,
  resolution: { decision: 'same' | 'different'; keepStationId: string | null; by: string; at: number },
): Promise<boolean> {
  const changed = await sql.run(
    `UPDATE duplicates SET resolved_at = ?, decision = ?, keep_station_id = ?, resolved_by = ?
     WHERE id = ? AND resolved_at IS NULL`,
    [resolution.at, resolution.decision, resolution.keepStationId, resolution.by, id],
  );
  return changed === 1;
}
