import { v7 as uuidv7 } from 'uuid';
import {
  countConsoleAudit,
  insertConsoleAudit,
  listConsoleAudit,
  type ConsoleAuditEntry,
  type ConsoleAuditView,
} from '../repositories/console-audit';
import type { Database, Sql } from '../store/sql';
import type { AuditQuery } from './schemas';

/** What the console's audit log records. */
export type ConsoleAction =
  | 'login'
  | 'login.failed'
  | 'account.locked'
  | 'logout'
  | 'user.add'
  | 'user.disable'
  | 'user.password'
  | 'ledger.reveal'
  | 'export'
  | 'export.full'
  | 'station.add'
  | 'station.code'
  | 'station.revoke'
  | 'held.release'
  | 'held.refuse'
  | 'duplicate.resolve'
  | 'report.write'
  | 'report.download';

export interface AuditInput {
  readonly userId: string | null;
  readonly action: ConsoleAction;
  readonly target?: string | null;
  readonly reason?: string | null;
  readonly detail?: ConsoleAuditEntry['detail'];
}

/** Writes one entry inside the caller's transaction, so it lands with the change it records. */
export const recordAudit = (sql: Sql, at: number, input: AuditInput) =>
  insertConsoleAudit(sql, {
    id: uuidv7(),
    at,
    userId: input.userId,
    action: input.action,
    target: input.target ?? null,
    reason: input.reason ?? null,
    detail: input.detail ?? {},
  });

export interface AuditPage {
  readonly entries: readonly ConsoleAuditView[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

/** One page of the log, newest first, with the count of all entries. */
export function createAuditLog(db: Database) {
  return (query: AuditQuery): Promise<AuditPage> =>
    db.transaction(async (sql) => ({
      entries: await listConsoleAudit(sql, query.pageSize, (query.page - 1) * query.pageSize),
      total: await countConsoleAudit(sql),
      page: query.page,
      pageSize: query.pageSize,
    }));
}
