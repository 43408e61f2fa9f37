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

/** Removes every pair one record is part of (its person was erased: there is nothing left to compare). */
export const dropPairsOf = (sql: Sql, recordId: string): Promise<number> =>
  sql.run('DELETE FROM duplicates WHERE record_a = ? OR record_b = ?', [recordId, recordId]);

/** A pair one of whose records is a station's own, with both stations' names, for the notice that station gets. */
export const openPairsOf = (sql: Sql, stationId: string): Promise<Row[]> =>
  sql.all<Row>(
    `SELECT d.id, d.id_number, d.record_a, d.station_a, d.record_b, d.station_b, d.found_at,
       sa.name AS name_a, sa.area_code AS area_a, sb.name AS name_b, sb.area_code AS area_b
     FROM duplicates d LEFT JOIN stations sa ON sa.id = d.station_a LEFT JOIN stations sb ON sb.id = d.station_b
     WHERE d.resolved_at IS NULL AND d.station_a <> d.station_b AND (d.station_a = ? OR d.station_b = ?)
     ORDER BY d.found_at, d.id`,
    [stationId, stationId],
  );
