import BetterSqlite3 from 'better-sqlite3';
import { privateFile } from './private-files';
import type { DatabaseLock, LockKind } from './sql';

/**
 * The lock beside a SQLite database: a second, empty SQLite file (`<file>-lock`) that a server keeps a read
 * transaction open on (a shared lock: servers may share it) and a restore takes with `BEGIN EXCLUSIVE`. SQLite
 * locks are the operating system's file locks, so a server that crashes or is killed lets go of it at once.
 * An in-memory database has no other process to keep out: the lock is always granted.
 */
export function lockBeside(file: string, kind: LockKind): DatabaseLock | null {
  if (file === ':memory:') return { release: async () => undefined };
  privateFile(`${file}-lock`);
  const lock = new BetterSqlite3(`${file}-lock`);
  try {
    lock.pragma('busy_timeout = 0');
    if (kind === 'restore') {
      lock.exec('BEGIN EXCLUSIVE');
    } else {
      lock.exec('BEGIN');
      lock.prepare('SELECT COUNT(*) FROM sqlite_master').get();
    }
  } catch (error) {
    lock.close();
    if (error instanceof Error && 'code' in error && error.code === 'SQLITE_BUSY') return null;
    throw error;
  }
  return {
    release: async () => {
      if (lock.inTransaction) lock.exec('ROLLBACK');
      lock.close();
    },
  };
}
