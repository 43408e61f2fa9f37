import type { Migration } from './migration';

export const CONSOLE_TABLES = ['console_users', 'console_sessions', 'console_audit'] as const;

/**
 * The county console's accounts, separate from station tokens and the admin token: people with a name, a role
 * and a scrypt password hash (`failed_count` and `locked_until` drive the lockout); their sessions, each kept
 * only as the SHA-256 of the cookie's random value; and the console's own audit log.
 */
export const consoleAccounts: Migration = {
  version: 2,
  name: 'console-accounts',
  tables: CONSOLE_TABLES,
  statements: [
    `CREATE TABLE console_users (id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL,
       role TEXT NOT NULL CHECK (role IN ('county-admin', 'viewer')), password_hash TEXT NOT NULL,
       failed_count INTEGER NOT NULL DEFAULT 0, locked_until BIGINT, created_at BIGINT NOT NULL, disabled_at BIGINT)`,
    `CREATE TABLE console_sessions (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, created_at BIGINT NOT NULL,
       last_seen_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, ip TEXT NOT NULL)`,
    'CREATE INDEX console_sessions_user ON console_sessions (user_id)',
    `CREATE TABLE console_audit (id TEXT PRIMARY KEY, at BIGINT NOT NULL, user_id TEXT, action TEXT NOT NULL,
       target TEXT, reason TEXT, detail TEXT NOT NULL)`,
    'CREATE INDEX console_audit_at ON console_audit (at, id)',
  ],
};
