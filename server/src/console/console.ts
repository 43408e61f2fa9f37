import type { Database } from '../store/sql';
import { createAuditLog } from './audit';
import { createConsoleSessions } from './sessions';
import { createConsoleUsers } from './users';

/** The county console's accounts (the CLI manages them), their sessions (the console's HTTP scope) and audit log. */
export function createConsole(db: Database, now: () => number) {
  return {
    users: createConsoleUsers(db, now),
    sessions: createConsoleSessions(db, now),
    audit: createAuditLog(db),
  };
}

export type ConsoleService = ReturnType<typeof createConsole>;
