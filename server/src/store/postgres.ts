import pg from 'pg';
import { advisoryLock } from './postgres-lock';
import { numberPlaceholders, type Database, type Sql } from './sql';

// BIGINT columns hold milliseconds and sequence numbers, all well inside Number's exact range.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

const LOCK_KEY = 7_261_001;

/**
 * PostgreSQL through node-postgres. Every transaction takes one advisory lock first, so sequence numbers
 * become visible in the order they were given out: a pull can never step over a change still being written.
 */
export function openPostgres(connectionString: string): Database {
  // Connections stay open while the console is used on and off (node-postgres closes an idle one after 10 s by
  // default, and a new one plans every statement afresh on its first use: a county admin would pay for that on
  // each screen after a pause).
  const pool = new pg.Pool({
    connectionString,
    max: 6,
    idleTimeoutMillis: 15 * 60_000,
    // No parallel workers for this server's statements: each reads a few thousand index entries, which one
    // process does in ~20 ms where starting workers made it ~90 ms on a county's two-core server. Options given
    // in DATABASE_URL come after these and win.
    options: '-c max_parallel_workers_per_gather=0',
  });
  // A kept connection the database drops (a restart) is an error on the pool, not in a request: the pool lets it
  // go and the next request opens another.
  pool.on('error', () => undefined);
  /** Runs `body` on one pooled connection inside a transaction opened by `begin`, committed or rolled back. */
  async function within<T>(begin: readonly [string, unknown[]?][], body: (s: Sql) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    const sql: Sql = {
      dialect: 'postgres',
      all: async <R>(text: string, params: readonly unknown[] = []) =>
        (await client.query(numberPlaceholders(text), [...params])).rows as R[],
      run: async (text, params = []) => (await client.query(numberPlaceholders(text), [...params])).rowCount ?? 0,
    };
    try {
      for (const [text, params] of begin) await client.query(text, params);
      const value = await body(sql);
      await client.query('COMMIT');
      return value;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
  return {
    dialect: 'postgres',
    transaction: (body) => within([['BEGIN'], ['SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]]], body),
    // Every writer holds the advisory lock until it commits, so a snapshot never sees half of one.
    snapshot: (body) => within([['BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY']], body),
    lock: (kind) => advisoryLock(connectionString, kind),
    async close() {
      await pool.end();
    },
  };
}
