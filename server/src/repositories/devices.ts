import type { Row, Sql } from '../store/sql';

/** An enrolled device's token, as authentication reads it (hashes only). */
export interface StoredDevice {
  readonly id: string;
  readonly stationId: string;
  readonly tokenHash: string;
  readonly tokenIssuedAt: number;
  readonly previousTokenHash: string | null;
  readonly previousValidUntil: number | null;
  readonly lastUsedAt: number | null;
  /** the app version the device last reported, if it did */
  readonly appVersion: string | null;
}

/** A device as the admin sees it. */
export interface DeviceInfo {
  readonly id: string;
  readonly stationId: string;
  readonly name: string;
  readonly enrolledAt: number;
  readonly lastUsedAt: number | null;
  /** the app version it last reported with a request (null until it does) */
  readonly appVersion: string | null;
}

const orNull = (v: unknown): number | null => (v == null ? null : Number(v));

const DEVICE_COLUMNS =
  'id, station_id, token_hash, token_issued_at, created_at, previous_token_hash, previous_valid_until, last_used_at, app_version';

function storedDevice(row: Row): StoredDevice {
  return {
    id: String(row.id),
    stationId: String(row.station_id),
    tokenHash: String(row.token_hash),
    tokenIssuedAt: Number(row.token_issued_at ?? row.created_at),
    previousTokenHash: row.previous_token_hash == null ? null : String(row.previous_token_hash),
    previousValidUntil: orNull(row.previous_valid_until),
    lastUsedAt: orNull(row.last_used_at),
    appVersion: row.app_version == null ? null : String(row.app_version),
  };
}

/** The live (not revoked) device holding this token hash, as its current token or the one before it. */
export async function findDevice(sql: Sql, tokenHash: string): Promise<StoredDevice | null> {
  const row = (
    await sql.all<Row>(
      `SELECT ${DEVICE_COLUMNS} FROM enrollments WHERE (token_hash = ? OR previous_token_hash = ?) AND revoked_at IS NULL`,
      [tokenHash, tokenHash],
    )
  )[0];
  return row ? storedDevice(row) : null;
}

/** The app version the device reported. */
export const noteAppVersion = (sql: Sql, id: string, version: string) =>
  sql.run('UPDATE enrollments SET app_version = ? WHERE id = ?', [version, id]);

export const touchDevice = (sql: Sql, id: string, at: number) =>
  sql.run('UPDATE enrollments SET last_used_at = ? WHERE id = ?', [at, id]);

/** The device uses its newest token: the one before it stops working. */
export const forgetPreviousToken = (sql: Sql, id: string) =>
  sql.run('UPDATE enrollments SET previous_token_hash = NULL, previous_valid_until = NULL WHERE id = ?', [id]);

/**
 * A new token for a device, if its current token is still `currentHash` (a renewal that raced this one wins):
 * the token it used stays valid until `graceUntil`. Returns whether the device got it.
 */
export async function replaceToken(
  sql: Sql,
  change: { id: string; currentHash: string; usedHash: string; newHash: string; at: number; graceUntil: number },
): Promise<boolean> {
  const changed = await sql.run(
    `UPDATE enrollments SET token_hash = ?, token_issued_at = ?, previous_token_hash = ?, previous_valid_until = ?
     WHERE id = ? AND token_hash = ? AND revoked_at IS NULL`,
    [change.newHash, change.at, change.usedHash, change.graceUntil, change.id, change.currentHash],
  );
  return changed === 1;
}

/** Revokes the station's live devices (or only `deviceId`); returns how many were live. */
export const revokeDevices = (sql: Sql, stationId: string, deviceId: string | null, at: number) =>
  deviceId === null
    ? sql.run('UPDATE enrollments SET revoked_at = ? WHERE station_id = ? AND revoked_at IS NULL', [at, stationId])
    : sql.run('UPDATE enrollments SET revoked_at = ? WHERE station_id = ? AND id = ? AND revoked_at IS NULL', [
        at,
        stationId,
        deviceId,
      ]);

export const deviceExists = async (sql: Sql, stationId: string, deviceId: string): Promise<boolean> =>
  (await sql.all('SELECT 1 FROM enrollments WHERE station_id = ? AND id = ?', [stationId, deviceId])).length > 0;

/** Every live device, oldest first. */
export async function liveDevices(sql: Sql): Promise<DeviceInfo[]> {
  const rows = await sql.all<Row>(
    'SELECT id, station_id, device_name, created_at, last_used_at, app_version FROM enrollments WHERE revoked_at IS NULL ORDER BY created_at, id',
  );
  return rows.map((r) => ({
    id: String(r.id),
    stationId: String(r.station_id),
    name: String(r.device_name),
    enrolledAt: Number(r.created_at),
    lastUsedAt: orNull(r.last_used_at),
    appVersion: r.app_version == null ? null : String(r.app_version),
  }));
}

/** A station's live (not revoked) devices, with their tokens as authentication reads them. */
export async function liveStationDevices(sql: Sql, stationId: string): Promise<StoredDevice[]> {
  const rows = await sql.all<Row>(
    `SELECT ${DEVICE_COLUMNS} FROM enrollments WHERE station_id = ? AND revoked_at IS NULL ORDER BY id`,
    [stationId],
  );
  return rows.map(storedDevice);
}
