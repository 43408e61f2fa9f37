import type { Mutation } from '#shared/sync/mutation';
import { chunk, placeholders, valuesList, type Row, type Sql } from '../store/sql';

/** A mutation held because its clock was too far ahead of the server's. */
export interface HeldMutation {
  readonly mutation: Mutation;
  readonly stationId: string;
  readonly enrollmentId: string;
  /** the wall clock of its HLC: it is due once that is no longer too far ahead */
  readonly wallMs: number;
  readonly receivedAt: number;
}

/** Why a held mutation was refused (by an admin, or by the rules when it was released). */
export interface Refusal {
  readonly code: string;
  readonly message: string;
  readonly at: number;
}

/** A held mutation as stored, with its refusal when it has one (refused ones stay, so the station hears why). */
export interface HeldRow extends HeldMutation {
  readonly refusal: Refusal | null;
}

const COLUMNS =
  'id, mutation, station_id, enrollment_id, wall_ms, received_at, refused_at, refusal_code, refusal_message';

const toHeld = (r: Row): HeldRow => ({
  mutation: JSON.parse(String(r.mutation)) as Mutation,
  stationId: String(r.station_id),
  enrollmentId: String(r.enrollment_id),
  wallMs: Number(r.wall_ms),
  receivedAt: Number(r.received_at),
  refusal:
    r.refused_at === null || r.refused_at === undefined
      ? null
      : { code: String(r.refusal_code), message: String(r.refusal_message ?? ''), at: Number(r.refused_at) },
});

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

/** The held rows (refused ones included) among these mutation ids, by id. */
export async function heldByIds(sql: Sql, ids: readonly string[]): Promise<Map<string, HeldRow>> {
  const found = new Map<string, HeldRow>();
  for (const part of chunk([...new Set(ids)], 500)) {
    if (part.length === 0) continue;
    for (const r of await sql.all(`SELECT ${COLUMNS} FROM quarantine WHERE id IN (${placeholders(part.length)})`, part))
      found.set(String(r.id), toHeld(r));
  }
  return found;
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

export async function dropHeld(sql: Sql, ids: readonly string[]): Promise<void> {
  for (const part of chunk([...new Set(ids)], 500))
    if (part.length > 0) await sql.run(`DELETE FROM quarantine WHERE id IN (${placeholders(part.length)})`, part);
}

/** Held mutations (not refused) whose wall clock is at or before `until`, oldest clock first, at most `limit`. */
export async function dueHeld(sql: Sql, until: number, limit: number): Promise<HeldRow[]> {
  const rows = await sql.all(
    `SELECT ${COLUMNS} FROM quarantine WHERE wall_ms <= ? AND refused_at IS NULL ORDER BY wall_ms, id LIMIT ?`,
    [until, limit],
  );
  return rows.map(toHeld);
}

/** How many changes a station has parked (refused ones do not count: they wait for nothing). */
export async function countHeld(sql: Sql, stationId: string): Promise<number> {
  const rows = await sql.all<{ n: number }>(
    'SELECT COUNT(*) AS n FROM quarantine WHERE station_id = ? AND refused_at IS NULL',
    [stationId],
  );
  return Number(rows[0]?.n ?? 0);
}

export async function markRefused(sql: Sql, ids: readonly string[], refusal: Refusal): Promise<void> {
  for (const part of chunk([...new Set(ids)], 500))
    if (part.length > 0)
      await sql.run(
        `UPDATE quarantine SET refused_at = ?, refusal_code = ?, refusal_message = ? WHERE id IN (${placeholders(part.length)})`,
        [refusal.at, refusal.code, refusal.message, ...part],
      );
}

/** What the admin sees: held and refused changes, oldest clock first (one station's, or all). */
export async function listHeld(sql: Sql, stationId?: string): Promise<HeldRow[]> {
  const rows = stationId
    ? await sql.all(`SELECT ${COLUMNS} FROM quarantine WHERE station_id = ? ORDER BY wall_ms, id`, [stationId])
    : await sql.all(`SELECT ${COLUMNS} FROM quarantine ORDER BY wall_ms, id`);
  return rows.map(toHeld);
}
