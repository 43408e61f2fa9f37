import BetterSqlite3 from 'better-sqlite3';
import { keepPrivate, privateFile } from './private-files';
import type { Database, Sql } from './sql';
import { lockBeside } from './sqlite-lock';

/**
 * SQLite through better-sqlite3 (synchronous). Transactions are queued one at a time, since the work inside
 * them is async-shaped (the same code runs on PostgreSQL). WAL journal, synchronous=FULL: an `applied`
 * answer means the mutation is on disk. The files are readable by their owner only.
 */
/** `PRAGMA optimize`'s mask: analyse where it helps (0x2), looking at every table, not only those queried (0x10000). */
export const OPTIMIZE_ALL_TABLES = 0x10002;

export function openSqlite(file: string): Database {
  // SQLite gives its -wal and -shm files the database file's own mode: made 0600 first, all three stay private.
  const onDisk = file !== ':memory:';
  if (onDisk) privateFile(file);
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  if (onDisk) keepPrivate([`${file}-wal`, `${file}-shm`]);
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // An erasure (withdrawn consent) overwrites the erased text in the file instead of leaving it in free pages.
  db.pragma('secure_delete = ON');
  // The CLI (station add, backup) may open the file while the server runs: wait for its lock, do not fail.
  db.pragma('busy_timeout = 10000');
  // The query planner's statistics (sqlite_stat1), as SQLite advises for a long-lived connection: tables never
  // analysed, or grown tenfold since, are analysed now; `keepPlannerStatistics` does it again while the server
  // runs. Without them a county filled after its first start is read with guessed row counts (the summary of a
  // 200,000-person county took several times as long).
  try {
    db.pragma(`optimize = ${OPTIMIZE_ALL_TABLES}`);
  } catch (error) {
    // Another process holding the write lock past the busy timeout: the statistics wait for the next look.
    if (!(error instanceof BetterSqlite3.SqliteError && error.code.startsWith('SQLITE_BUSY'))) throw error;
  }
  const cache = new Map<string, BetterSqlite3.Statement>();
  const prepare = (sql: string): BetterSqlite3.Statement => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      if (cache.size > 500) cache.clear();
      cache.set(sql, statement);
    }
    return statement;
  };
  const toParam = (v: unknown): unknown => (typeof v === 'boolean' ? (v ? 1 : 0) : v);
  const sql: Sql = {
    dialect: 'sqlite',
    all: async <T>(text: string, params: readonly unknown[] = []) => prepare(text).all(...params.map(toParam)) as T[],
    run: async (text, params = []) => prepare(text).run(...params.map(toParam)).changes,
  };
  let queue: Promise<unknown> = Promise.resolve();
  return {
    dialect: 'sqlite',
    transaction<T>(body: (s: Sql) => Promise<T>): Promise<T> {
      const work = queue.then(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const value = await body(sql);
          db.exec('COMMIT');
          return value;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      });
      queue = work.catch(() => undefined);
      return work;
    },
    async snapshot<T>(body: (s: Sql) => Promise<T>): Promise<T> {
      // An in-memory database has no second connection: its snapshot waits its turn among the writers.
      if (!onDisk) return this.transaction(body);
      // A connection of its own, read-only: in WAL mode its read transaction sees one committed state while
      // writers go on (a long backup included). Opening one is cheap next to a request.
      const reader = new BetterSqlite3(file, { readonly: true });
      reader.pragma('busy_timeout = 10000');
      const view: Sql = {
        dialect: 'sqlite',
        all: async <T>(text: string, params: readonly unknown[] = []) =>
          reader.prepare(text).all(...params.map(toParam)) as T[],
        run: async () => {
          throw new Error('A snapshot does not write');
        },
      };
      try {
        reader.exec('BEGIN');
        return await body(view);
      } finally {
        if (reader.inTransaction) reader.exec('COMMIT');
        reader.close();
      }
    },
    lock: async (kind) => lockBeside(file, kind),
    async close() {
      await queue;
      db.close();
    },
  };
}
