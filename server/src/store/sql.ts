/**
 * The little the county server needs from a database: run a statement, read rows, and run a function in one
 * transaction. Two drivers: SQLite (better-sqlite3, a file, the default) and PostgreSQL (pg, `DATABASE_URL`).
 * Statements are written once with `?` placeholders; the PostgreSQL driver numbers them. The schema is made
 * and changed by the numbered migrations (`server/src/migrations/`).
 */
export type Row = Record<string, unknown>;

export type Dialect = 'sqlite' | 'postgres';

export interface Sql {
  readonly dialect: Dialect;
  all<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  run(sql: string, params?: readonly unknown[]): Promise<number>;
}

/** `server`: held by a running server, shared (servers may run side by side); `restore`: held alone. */
export type LockKind = 'server' | 'restore';

export interface DatabaseLock {
  release(): Promise<void>;
}

export interface Database {
  readonly dialect: Dialect;
  /** Runs `body` in one transaction, serialised with every other transaction (writes and reads alike). */
  transaction<T>(body: (sql: Sql) => Promise<T>): Promise<T>;
  /**
   * Runs `body` reading one consistent view of the database, outside the queue of writing transactions and
   * without their lock: writers go on meanwhile (a token look-up, a backup). It may not write.
   */
  snapshot<T>(body: (sql: Sql) => Promise<T>): Promise<T>;
  /**
   * A lock on the database across processes, held until released or until the process ends however it ends
   * (a crash included); null at once when it is held the other way (a server against a restore, or a restore
   * against anything).
   */
  lock(kind: LockKind): Promise<DatabaseLock | null>;
  close(): Promise<void>;
}

/** `?` → `$1, $2, …` (our statements never hold a literal question mark). */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${(n += 1)}`);
}

/** `(?, ?, ?), (?, ?, ?)` for `rows` rows of `columns` values. */
export const valuesList = (rows: number, columns: number): string =>
  Array.from({ length: rows }, () => `(${Array.from({ length: columns }, () => '?').join(', ')})`).join(', ');

export const placeholders = (count: number): string => Array.from({ length: count }, () => '?').join(', ');

/** Splits work so one statement never carries more than `maxParams` values. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Adds `value` to the list kept under `key` (linear, unlike copying the list each time). */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Rows into `table`, each with the columns of the first (a missing one is null), in few statements: on SQLite
 * as lists of at most ~5,000 values; on PostgreSQL as one JSON parameter per 2,000 rows, read into the table's
 * own row type by `json_populate_recordset`. node-postgres sends every parameter apart and PostgreSQL plans a
 * statement of thousands of placeholders anew each time, which costs more than writing the rows. With
 * `skipConflictOn` (the key's columns), a row whose key is there already is left out.
 */
export async function insertRows(
  sql: Sql,
  table: string,
  rows: readonly Row[],
  skipConflictOn?: readonly string[],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  const list = columns.join(', ');
  const conflict = skipConflictOn ? ` ON CONFLICT (${skipConflictOn.join(', ')}) DO NOTHING` : '';
  if (sql.dialect === 'postgres') {
    for (const part of chunk(rows, 2000))
      await sql.run(
        `INSERT INTO ${table} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${table}, ?)${conflict}`,
        [JSON.stringify(part.map((row) => Object.fromEntries(columns.map((c) => [c, row[c] ?? null]))))],
      );
    return;
  }
  for (const part of chunk(rows, Math.max(1, Math.floor(5000 / columns.length))))
    await sql.run(
      `INSERT INTO ${table} (${list}) VALUES ${valuesList(part.length, columns.length)}${conflict}`,
      part.flatMap((row) => columns.map((c) => row[c] ?? null)),
    );
}
