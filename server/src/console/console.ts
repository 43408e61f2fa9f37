import type { Database } from '../store/sql';
import { createAuditLog, recordAudit, type AuditInput } from './audit';
import { createConsoleSessions } from './sessions';
import { createConsoleUsers } from './users';

/** The county console's accounts (the CLI manages them), their sessions (the console's HTTP scope) and audit log. */
export function createConsole(db: Database, now: () => number) {
  return {
    users: createConsoleUsers(db, now),
    sessions: createConsoleSessions(db, now),
    audit: createAuditLog(db),
    /** Writes one entry of the audit log in a transaction of its own. */
    logAudit: (input: AuditInput) => db.transaction((sql) => recordAudit(sql, now(), input)),
  };
}

export type ConsoleService = ReturnType<typeof createConsole>;
