import type { Sql } from '../store/sql';

/**
 * The server's own settings (`meta`): its epoch, the admin token's hash, the highest `seq` ever given out, and
 * the version of the consent rule the stored records were last swept with.
 */
export type MetaKey = 'serverEpoch' | 'adminTokenHash' | 'seqHighWater' | 'privacySweep';

export async function readMeta(sql: Sql, key: MetaKey): Promise<string | null> {
  const rows = await sql.all<{ value: string }>('SELECT value FROM meta WHERE key = ?', [key]);
  return rows[0]?.value ?? null;
}

export const writeMeta = (sql: Sql, key: MetaKey, value: string): Promise<number> =>
  sql.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [
    key,
    value,
  ]);
