import type { Database, Sql } from '../store/sql';
import { INITIAL_TABLES } from './001-initial';
import { MIGRATIONS } from './list';
import { inDialect, type Migration } from './migration';

export interface MigrateOptions {
  readonly migrations?: readonly Migration[];
  readonly now?: () => number;
}

export interface MigrateReport {
  /** versions applied by this call, in order */
  readonly applied: readonly number[];
  /** the database was made before the schema had versions and was recorded as version 1 */
  readonly adopted: boolean;
}

const LEDGER = 'schema_migrations';

/** Versions must run 1, 2, 3 … in the list's order: a gap or a repeat is a mistake in the list. */
function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`Migration ${m.version} (${m.name}) is at place ${i + 1}: versions run 1, 2, 3 … in order`);
  });
}

async function tableNames(sql: Sql): Promise<Set<string>> {
  const rows = await sql.all<{ name: string }>(
    sql.dialect === 'sqlite'
      ? "SELECT name FROM sqlite_master WHERE type = 'table'"
      : 'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()',
  );
  return new Set(rows.map((r) => String(r.name)));
}

async function appliedVersions(sql: Sql): Promise<number[]> {
  const rows = await sql.all<{ version: number }>(`SELECT version FROM ${LEDGER} ORDER BY version`);
  return rows.map((r) => Number(r.version));
}

const record = (sql: Sql, migration: Migration, at: number) =>
  sql.run(`INSERT INTO ${LEDGER} (version, name, applied_at) VALUES (?, ?, ?)`, [
    migration.version,
    migration.name,
    at,
  ]);

/**
 * Makes the ledger when it is missing. A database that already holds the first migration's tables (made by the
 * server before migrations were numbered) is recorded as version 1, its data untouched; one that holds only
 * some of them is refused rather than guessed at.
 */
async function prepareLedger(sql: Sql, first: Migration | undefined, at: number): Promise<boolean> {
  const tables = await tableNames(sql);
  if (tables.has(LEDGER)) return false;
  const present = INITIAL_TABLES.filter((t) => tables.has(t));
  if (present.length > 0 && present.length < INITIAL_TABLES.length)
    throw new Error(
      `The database holds some of the county's tables (${present.join(', ')}) but not all, and no ${LEDGER}: ` +
        'restore it from a backup into an empty database',
    );
  await sql.run(`CREATE TABLE ${LEDGER} (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)`);
  if (present.length === 0 || !first) return false;
  await record(sql, first, at);
  return true;
}

/**
 * Brings the database to the newest schema: each migration not yet recorded runs in its own transaction with
 * its record. Safe to run from two processes at once (each transaction is serialised with every other one, and
 * a migration another process recorded meanwhile is skipped).
 */
export async function migrate(db: Database, options: MigrateOptions = {}): Promise<MigrateReport> {
  const migrations = options.migrations ?? MIGRATIONS;
  const now = options.now ?? Date.now;
  checkOrder(migrations);
  const adopted = await db.transaction((sql) => prepareLedger(sql, migrations[0], now()));
  const known = await db.transaction(appliedVersions);
  const newest = known.at(-1) ?? 0;
  if (newest > migrations.length)
    throw new Error(
      `The database is at schema version ${newest}, newer than this server's (${migrations.length}): run a newer server`,
    );
  const applied: number[] = [];
  for (const migration of migrations.slice(newest)) {
    const ran = await db.transaction(async (sql) => {
      if ((await appliedVersions(sql)).includes(migration.version)) return false;
      for (const statement of migration.statements) await sql.run(inDialect(statement, sql.dialect));
      await migration.after?.(sql);
      await record(sql, migration, now());
      return true;
    });
    if (ran) applied.push(migration.version);
  }
  return { applied, adopted };
}
