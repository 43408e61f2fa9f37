import type { Mutation } from '#shared/sync/mutation';
import { chunk, placeholders, valuesList, type Row, type Sql } from '../store/sql';

/** A mutation held because its clock was more than a day ahead of the server's. */
export interface HeldMutation {
  readonly mutation: Mutation;
  readonly stationId: string;
  readonly enrollmentId: string;
  /** the wall clock of its HLC: it is due once that is no more than a day ahead */
  readonly wallMs: number;
  readonly receivedAt: number;
}

export async function holdMutations(sql: Sql, held: readonly HeldMutation[]): Promise<void> {
  for (const part of chunk(held, 400)) {
    await sql.run(
      `INSERT INTO quarantine (id, mutation, station_id, enrollment_id, wall_ms, received_at) VALUES ${valuesList(part.length, 6)}`,
      part.flatMap((h) => [
        h.mutation.id,
        JSON.stringify(h.mutation),
        h.stationId,
        h.enrollmentId,
        h.wallMs,
        h.receivedAt,
      ]),
    );
  }
}

/** Held mutations whose wall clock is at or before `until`, oldest clock first; they leave the quarantine. */
export async function takeDue(
  sql: Sql,
  until: number,
): Promise<{ readonly mutation: Mutation; readonly stationId: string; readonly enrollmentId: string }[]> {
  const due = await sql.all<Row>(
    'SELECT id, mutation, station_id, enrollment_id FROM quarantine WHERE wall_ms <= ? ORDER BY wall_ms, id',
    [until],
  );
  if (due.length === 0) return [];
  await sql.run(
    `DELETE FROM quarantine WHERE id IN (${placeholders(due.length)})`,
    due.map((d) => d.id),
  );
  return due.map((d) => ({
    mutation: JSON.parse(String(d.mutation)) as Mutation,
    stationId: String(d.station_id),
    enrollmentId: String(d.enrollment_id),
  }));
}

/** What the admin sees of the quarantine, oldest clock first. */
export const listQuarantine = (sql: Sql): Promise<Row[]> =>
  sql.all<Row>('SELECT id, station_id, wall_ms, received_at, mutation FROM quarantine ORDER BY wall_ms, id');

/** Every mutation held for one station. */
export async function heldFor(sql: Sql, stationId: string): Promise<Mutation[]> {
  const rows = await sql.all<Row>('SELECT mutation FROM quarantine WHERE station_id = ? ORDER BY wall_ms, id', [
    stationId,
  ]);
  return rows.map((r) => JSON.parse(String(r.mutation)) as Mutation);
}

/** Rewrites a held mutation (an erasure); it stays held until its clock is due. */
export const rewriteHeld = (sql: Sql, mutation: Mutation): Promise<number> =>
  sql.run('UPDATE quarantine SET mutation = ? WHERE id = ?', [JSON.stringify(mutation), mutation.id]);
