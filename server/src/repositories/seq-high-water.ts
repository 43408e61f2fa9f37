import type { Row, Sql } from '../store/sql';
import { readMeta, writeMeta } from './meta';

const numberOf = (rows: readonly Row[], column: string): number => Number(rows[0]?.[column] ?? 0) || 0;

/** The last `seq` the database's own counter gave out (it never goes back, even when rows are deleted). */
async function counterValue(sql: Sql): Promise<number> {
  if (sql.dialect === 'sqlite')
    return numberOf(await sql.all("SELECT seq FROM sqlite_sequence WHERE name = 'mutations'"), 'seq');
  return numberOf(
    await sql.all("SELECT pg_sequence_last_value(pg_get_serial_sequence('mutations', 'seq')::regclass) AS v"),
    'v',
  );
}

/**
 * The highest `seq` this database has ever given out, as far as it knows: the counter, the mutations held,
 * and the mark kept in `meta` (which a backup carries and a restore raises). Stations hold pull cursors up to
 * it, so a new mutation must always get a higher one.
 */
export async function seqHighWater(sql: Sql): Promise<number> {
  const kept = Number((await readMeta(sql, 'seqHighWater')) ?? 0) || 0;
  const held = numberOf(await sql.all('SELECT MAX(seq) AS m FROM mutations'), 'm');
  return Math.max(kept, held, await counterValue(sql));
}

/** The next mutation gets a `seq` above `mark`, and `meta` keeps the mark. */
export async function raiseSeqTo(sql: Sql, mark: number): Promise<void> {
  if (sql.dialect === 'sqlite') {
    const changed = await sql.run("UPDATE sqlite_sequence SET seq = ? WHERE name = 'mutations'", [mark]);
    if (changed === 0) await sql.run("INSERT INTO sqlite_sequence (name, seq) VALUES ('mutations', ?)", [mark]);
  } else {
    await sql.run("SELECT setval(pg_get_serial_sequence('mutations', 'seq'), ?, ?)", [Math.max(mark, 1), mark > 0]);
  }
  await writeMeta(sql, 'seqHighWater', String(mark));
}
