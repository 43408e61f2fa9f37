import type { ConsoleRole } from '../console/schemas';
import type { Row, Sql } from '../store/sql';

export interface ConsoleUser {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: ConsoleRole;
  readonly passwordHash: string;
  readonly failedCount: number;
  readonly lockedUntil: number | null;
  readonly createdAt: number;
  readonly disabledAt: number | null;
}

const orNull = (v: unknown): number | null => (v == null ? null : Number(v));

const toUser = (r: Row): ConsoleUser => ({
  id: String(r.id),
  username: String(r.username),
  displayName: String(r.display_name),
  role: r.role === 'county-admin' ? 'county-admin' : 'viewer',
  passwordHash: String(r.password_hash),
  failedCount: Number(r.failed_count),
  lockedUntil: orNull(r.locked_until),
  createdAt: Number(r.created_at),
  disabledAt: orNull(r.disabled_at),
});

const COLUMNS = 'id, username, display_name, role, password_hash, failed_count, locked_until, created_at, disabled_at';

export const insertConsoleUser = (
  sql: Sql,
  user: Pick<ConsoleUser, 'id' | 'username' | 'displayName' | 'role' | 'passwordHash' | 'createdAt'>,
) =>
  sql.run(
    `INSERT INTO console_users (id, username, display_name, role, password_hash, failed_count, created_at)
     VALUES (?, ?, ?, ?, ?, 0, ?)`,
    [user.id, user.username, user.displayName, user.role, user.passwordHash, user.createdAt],
  );

export async function findConsoleUser(sql: Sql, username: string): Promise<ConsoleUser | null> {
  const row = (await sql.all<Row>(`SELECT ${COLUMNS} FROM console_users WHERE username = ?`, [username]))[0];
  return row ? toUser(row) : null;
}

export async function findConsoleUserById(sql: Sql, id: string): Promise<ConsoleUser | null> {
  const row = (await sql.all<Row>(`SELECT ${COLUMNS} FROM console_users WHERE id = ?`, [id]))[0];
  return row ? toUser(row) : null;
}

/** Every account, oldest first. */
export const listConsoleUsers = async (sql: Sql): Promise<ConsoleUser[]> =>
  (await sql.all<Row>(`SELECT ${COLUMNS} FROM console_users ORDER BY created_at, username`)).map(toUser);

/** The lockout's state after a log-in attempt. */
export const writeLoginState = (sql: Sql, id: string, failedCount: number, lockedUntil: number | null) =>
  sql.run('UPDATE console_users SET failed_count = ?, locked_until = ? WHERE id = ?', [failedCount, lockedUntil, id]);

/** A new password also clears the failures and any lock. */
export const writePasswordHash = (sql: Sql, id: string, passwordHash: string) =>
  sql.run('UPDATE console_users SET password_hash = ?, failed_count = 0, locked_until = NULL WHERE id = ?', [
    passwordHash,
    id,
  ]);

/** The first time an account was disabled stays. */
export const disableConsoleUser = (sql: Sql, id: string, at: number) =>
  sql.run('UPDATE console_users SET disabled_at = COALESCE(disabled_at, ?) WHERE id = ?', [at, id]);
