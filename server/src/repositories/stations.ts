import { chunk, placeholders, type Row, type Sql } from '../store/sql';

export interface StationInfo {
  readonly id: string;
  readonly name: string;
  readonly areaCode: string;
  readonly createdAt: number;
  readonly enrolledAt: number | null;
  readonly lastPushAt: number | null;
  readonly lastPullAt: number | null;
  readonly devices: number;
  readonly mutations: number;
}

const orNull = (v: unknown): number | null => (v == null ? null : Number(v));

export const insertStation = (sql: Sql, station: { id: string; name: string; areaCode: string; createdAt: number }) =>
  sql.run('INSERT INTO stations (id, name, area_code, created_at) VALUES (?, ?, ?, ?)', [
    station.id,
    station.name,
    station.areaCode,
    station.createdAt,
  ]);

export const stationExists = async (sql: Sql, id: string): Promise<boolean> =>
  (await sql.all('SELECT 1 FROM stations WHERE id = ?', [id])).length > 0;

/** `undefined` when there is no such station. */
export async function stationEnrolledAt(sql: Sql, id: string): Promise<number | null | undefined> {
  const row = (await sql.all<Row>('SELECT enrolled_at FROM stations WHERE id = ?', [id]))[0];
  return row ? orNull(row.enrolled_at) : undefined;
}

/** The area code of each of these stations that exists. */
export async function areaCodes(sql: Sql, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const part of chunk(ids, 500)) {
    for (const r of await sql.all<Row>(
      `SELECT id, area_code FROM stations WHERE id IN (${placeholders(part.length)})`,
      part,
    ))
      out.set(String(r.id), String(r.area_code));
  }
  return out;
}

/** Every station with its live devices and the mutations it wrote, oldest first. */
export async function listStations(sql: Sql): Promise<StationInfo[]> {
  const rows = await sql.all<Row>(
    `SELECT s.id, s.name, s.area_code, s.created_at, s.enrolled_at, s.last_push_at, s.last_pull_at,
       (SELECT COUNT(*) FROM enrollments e WHERE e.station_id = s.id AND e.revoked_at IS NULL) AS devices,
       (SELECT COUNT(*) FROM mutations m WHERE m.author_station_id = s.id) AS mutations
     FROM stations s ORDER BY s.created_at, s.id`,
  );
  return rows.map((r) => ({
    id: String(r.id),
    name: String(r.name),
    areaCode: String(r.area_code),
    createdAt: Number(r.created_at),
    enrolledAt: orNull(r.enrolled_at),
    lastPushAt: orNull(r.last_push_at),
    lastPullAt: orNull(r.last_pull_at),
    devices: Number(r.devices),
    mutations: Number(r.mutations),
  }));
}

export const renameStation = (sql: Sql, from: string, to: string) =>
  sql.run('UPDATE stations SET id = ? WHERE id = ?', [to, from]);

/** The first enrolment's time stays. */
export const markEnrolled = (sql: Sql, id: string, at: number) =>
  sql.run('UPDATE stations SET enrolled_at = COALESCE(enrolled_at, ?) WHERE id = ?', [at, id]);

export const markPushed = (sql: Sql, id: string, at: number) =>
  sql.run('UPDATE stations SET last_push_at = ? WHERE id = ?', [at, id]);

export const markPulled = (sql: Sql, id: string, at: number) =>
  sql.run('UPDATE stations SET last_pull_at = ? WHERE id = ?', [at, id]);

/** A station's name and area code as the county registered it, or null. */
export async function findStation(sql: Sql, id: string): Promise<{ name: string; areaCode: string } | null> {
  const row = (await sql.all<Row>('SELECT name, area_code FROM stations WHERE id = ?', [id]))[0];
  return row ? { name: String(row.name), areaCode: String(row.area_code) } : null;
}
