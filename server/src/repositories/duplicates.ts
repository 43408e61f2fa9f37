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
