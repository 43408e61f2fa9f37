import pg from 'pg';
import type { DatabaseLock, LockKind } from './sql';

/** Apart from the key every transaction takes (ordering `seq`): this one is held for a process's lifetime. */
const SERVER_LOCK_KEY = 7_261_002;

/**
 * The lock on a PostgreSQL database: a session advisory lock on a connection of its own, shared for a server
 * (servers may share it), exclusive for a restore. PostgreSQL drops it with the session, so a server that
 * crashes or is killed lets go of it as soon as its connection closes.
 */
export async function advisoryLock(connectionString: string, kind: LockKind): Promise<DatabaseLock | null> {
  const client = new pg.Client({ connectionString });
  // A connection lost later takes the lock with it; it must not take the process too.
  client.on('error', () => undefined);
  await client.connect();
  const take = kind === 'server' ? 'pg_try_advisory_lock_shared' : 'pg_try_advisory_lock';
  try {
    const rows = (await client.query<{ held: boolean }>(`SELECT ${take}($1) AS held`, [SERVER_LOCK_KEY])).rows;
    if (rows[0]?.held === true) return { release: () => client.end() };
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  await client.end();
  return null;
}
