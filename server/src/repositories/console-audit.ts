import type { Row, Sql } from '../store/sql';

/** One line of the console's audit log. `detail` is JSON and carries no personal data. */
export interface ConsoleAuditEntry {
  readonly id: string;
  readonly at: number;
  readonly userId: string | null;
  readonly action: string;
  readonly target: string | null;
  readonly reason: string | null;
  readonly detail: Readonly<Record<string, string | number | boolean | null>>;
}

/** An entry as the console shows it: with the account's log-in name. */
export interface ConsoleAuditView extends ConsoleAuditEntry {
  readonly username: string | null;
}

export const insertConsoleAudit = (sql: Sql, entry: ConsoleAuditEntry) =>
  sql.run('INSERT INTO console_audit (id, at, user_id, action, target, reason, detail) VALUES (?, ?, ?, ?, ?, ?, ?)', [
    entry.id,
    entry.at,
    entry.userId,
    entry.action,
    entry.target,
    entry.reason,
    JSON.stringify(entry.detail),
  ]);

const orNull = (v: unknown): string | null => (v == null ? null : String(v));

function parseDetail(text: unknown): ConsoleAuditEntry['detail'] {
  const parsed: unknown = JSON.parse(String(text));
  return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as ConsoleAuditEntry['detail']) : {};
}

/** One page, newest first (ids are time-ordered, so they break ties within one millisecond). */
export async function listConsoleAudit(sql: Sql, limit: number, offset: number): Promise<ConsoleAuditView[]> {
  const rows = await sql.all<Row>(
    `SELECT a.id, a.at, a.user_id, a.action, a.target, a.reason, a.detail, u.username
     FROM console_audit a LEFT JOIN console_users u ON u.id = a.user_id
     ORDER BY a.at DESC, a.id DESC LIMIT ? OFFSET ?`,
    [limit, offset],
  );
  return rows.map((r) => ({
    id: String(r.id),
    at: Number(r.at),
    userId: orNull(r.user_id),
    username: orNull(r.username),
    action: String(r.action),
    target: orNull(r.target),
    reason: orNull(r.reason),
    detail: parseDetail(r.detail),
  }));
}

export async function countConsoleAudit(sql: Sql): Promise<number> {
  const rows = await sql.all<Row>('SELECT COUNT(*) AS n FROM console_audit');
  return Number(rows[0]?.n ?? 0);
}
