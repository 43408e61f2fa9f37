import type { Row, Sql } from '../store/sql';

/** Enrolment codes and the device tokens they turn into, both stored as hashes only. */
export interface StoredCode {
  readonly stationId: string;
  readonly expiresAt: number;
  readonly usedAt: number | null;
  /** a newer code was issued for the station, or the station was revoked */
  readonly voidedAt: number | null;
}

export const insertCode = (
  sql: Sql,
  code: { codeHash: string; stationId: string; createdAt: number; expiresAt: number },
) =>
  sql.run(
    'INSERT INTO enrollment_codes (code_hash, station_id, created_at, expires_at, used_at) VALUES (?, ?, ?, ?, NULL)',
    [code.codeHash, code.stationId, code.createdAt, code.expiresAt],
  );

export async function findCode(sql: Sql, codeHash: string): Promise<StoredCode | null> {
  const row = (
    await sql.all<Row>('SELECT station_id, expires_at, used_at, voided_at FROM enrollment_codes WHERE code_hash = ?', [
      codeHash,
    ])
  )[0];
  return row
    ? {
        stationId: String(row.station_id),
        expiresAt: Number(row.expires_at),
        usedAt: row.used_at == null ? null : Number(row.used_at),
        voidedAt: row.voided_at == null ? null : Number(row.voided_at),
      }
    : null;
}

export const markCodeUsed = (sql: Sql, codeHash: string, at: number) =>
  sql.run('UPDATE enrollment_codes SET used_at = ? WHERE code_hash = ?', [at, codeHash]);

/** Voids the station's codes not used yet and not expired at `at`; returns how many. */
export const voidOpenCodes = (sql: Sql, stationId: string, at: number) =>
  sql.run(
    'UPDATE enrollment_codes SET voided_at = ? WHERE station_id = ? AND used_at IS NULL AND voided_at IS NULL AND expires_at >= ?',
    [at, stationId, at],
  );

export const moveCodes = (sql: Sql, fromStation: string, toStation: string) =>
  sql.run('UPDATE enrollment_codes SET station_id = ? WHERE station_id = ?', [toStation, fromStation]);

export const insertEnrollment = (
  sql: Sql,
  enrollment: { id: string; stationId: string; tokenHash: string; deviceName: string; createdAt: number },
) =>
  sql.run(
    'INSERT INTO enrollments (id, station_id, token_hash, device_name, created_at, token_issued_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, NULL)',
    [
      enrollment.id,
      enrollment.stationId,
      enrollment.tokenHash,
      enrollment.deviceName,
      enrollment.createdAt,
      enrollment.createdAt,
    ],
  );
