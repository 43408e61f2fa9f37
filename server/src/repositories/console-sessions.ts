import type { Row, Sql } from '../store/sql';

/** A console session as stored: `id` is the SHA-256 of the cookie's value, never the value itself. */
export interface ConsoleSession {
  readonly id: string;
  readonly userId: string;
  readonly createdAt: number;
  readonly lastSeenAt: number;
  readonly expiresAt: number;
  readonly ip: string;
}

export const insertConsoleSession = (sql: Sql, session: ConsoleSession) =>
  sql.run(
    'INSERT INTO console_sessions (id, user_id, created_at, last_seen_at, expires_at, ip) VALUES (?, ?, ?, ?, ?, ?)',
    [session.id, session.userId, session.createdAt, session.lastSeenAt, session.expiresAt, session.ip],
  );

export async function findConsoleSession(sql: Sql, id: string): Promise<ConsoleSession | null> {
  const row = (
    await sql.all<Row>(
      'SELECT id, user_id, created_at, last_seen_at, expires_at, ip FROM console_sessions WHERE id = ?',
      [id],
    )
  )[0];
  return row
    ? {
        id: String(row.id),
        userId: String(row.user_id),
        createdAt: Number(row.created_at),
        lastSeenAt: Number(row.last_seen_at),
        expiresAt: Number(row.expires_at),
        ip: String(row.ip),
      }
    : null;
}

export const touchConsoleSession = (sql: Sql, id: string, at: number) =>
  sql.run('UPDATE console_sessions SET last_seen_at = ? WHERE id = ?', [at, id]);

export const deleteConsoleSession = (sql: Sql, id: string) =>
  sql.run('DELETE FROM console_sessions WHERE id = ?', [id]);

/** Ends every session of one account (disabled, or a new password). */
export const deleteUserSessions = (sql: Sql, userId: string) =>
  sql.run('DELETE FROM console_sessions WHERE user_id = ?', [userId]);

/** Drops sessions idle since before `idleSince` or past their last moment. */
export const deleteStaleSessions = (sql: Sql, idleSince: number, now: number) =>
  sql.run('DELETE FROM console_sessions WHERE last_seen_at <= ? OR expires_at <= ?', [idleSince, now]);
