import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createService } from '../service';
import type { Database, Sql } from '../store/sql';
import { testBackends, type DbFactory } from '../test-support/databases';
import { initial, INITIAL_TABLES } from './001-initial';
import { CONSOLE_TABLES } from './002-console-accounts';
import { migrate } from './migrate';
import { MIGRATIONS } from './list';
import type { Migration } from './migration';
import { unversionedSchema } from './unversioned-schema.fixture';

const AT = Date.UTC(2026, 10, 25, 10);

/** Every table and index as the database itself describes them, the ledger aside. */
async function describeSchema(sql: Sql): Promise<string[]> {
  const squash = (s: unknown) => String(s).replace(/\s+/g, ' ').trim();
  if (sql.dialect === 'sqlite') {
    const rows = await sql.all(
      "SELECT type, name, sql FROM sqlite_master WHERE name NOT IN ('schema_migrations', 'sqlite_sequence') ORDER BY name",
    );
    return rows.map((r) => `${String(r.type)} ${String(r.name)}: ${squash(r.sql)}`);
  }
  const columns = await sql.all(
    `SELECT table_name, column_name, data_type, is_nullable, is_identity, column_default FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name <> 'schema_migrations' ORDER BY table_name, ordinal_position`,
  );
  const indexes = await sql.all(
    "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename <> 'schema_migrations' ORDER BY indexname",
  );
  return [
    ...columns.map((c) => Object.values(c).map(String).join(' ')),
    ...indexes.map((i) => `${String(i.indexname)}: ${squash(i.indexdef)}`),
  ];
}

const ledger = (db: Database) =>
  db.transaction((sql) => sql.all('SELECT version, name, applied_at FROM schema_migrations ORDER BY version'));

const makeUnversioned = (db: Database) =>
  db.transaction(async (sql) => {
    for (const statement of unversionedSchema(sql.dialect)) await sql.run(statement);
  });

const ALL_VERSIONS = MIGRATIONS.map((m) => m.version);
const LATER_VERSIONS = ALL_VERSIONS.slice(1);

/** A migration after the newest one in the list. */
const extra: Migration = {
  version: MIGRATIONS.length + 1,
  name: 'test-extra',
  statements: ['CREATE TABLE extra (id TEXT PRIMARY KEY, n BIGINT NOT NULL)'],
  after: async (sql) => {
    await sql.run("INSERT INTO extra (id, n) SELECT 'mutations', COUNT(*) FROM mutations");
  },
};

describe.each(testBackends())('numbered migrations ($name)', ({ name, make }) => {
  let factory: DbFactory;
  let db: Database;
  beforeEach(async () => {
    factory = await make();
    db = factory.open();
  });
  afterEach(async () => {
    await db.close();
    await factory.cleanup();
  });

  it('keeps a list numbered 1, 2, 3 … that starts with the initial schema', () => {
    expect(MIGRATIONS[0]).toBe(initial);
    MIGRATIONS.forEach((m, i) => {
      expect(m.version).toBe(i + 1);
      expect(m.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    });
  });

  it('builds an empty database to the newest version, records each migration once, and then applies nothing', async () => {
    expect(await migrate(db, { now: () => AT })).toEqual({ applied: ALL_VERSIONS, adopted: false });
    expect(await ledger(db)).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name, applied_at: AT })));
    const tables = await db.transaction(describeSchema);
    for (const table of [...INITIAL_TABLES, ...CONSOLE_TABLES]) expect(tables.join('\n')).toContain(table);
    expect(await migrate(db, { now: () => AT + 1 })).toEqual({ applied: [], adopted: false });
    expect(await ledger(db)).toHaveLength(MIGRATIONS.length);
  });

  it('makes exactly the schema the unversioned server made with its first migration', async () => {
    await migrate(db, { migrations: [initial] });
    const migrated = await db.transaction(describeSchema);
    const other = await make();
    const old = other.open();
    try {
      await makeUnversioned(old);
      expect(migrated).toEqual(await old.transaction(describeSchema));
    } finally {
      await old.close();
      await other.cleanup();
    }
  });

  it('adopts a database made before migrations were numbered as version 1, keeping its data, then applies the later ones', async () => {
    await makeUnversioned(db);
    const service = createService(db, { adminToken: 'admin-token-00000000000000000000', now: () => AT });
    // The unversioned server's data: a station, a code, and a mutation with its seq.
    await db.transaction(async (sql) => {
      await sql.run("INSERT INTO meta (key, value) VALUES ('serverEpoch', 'epoch-1')");
      await sql.run("INSERT INTO stations (id, name, area_code, created_at) VALUES ('s1', '幸福村', '522626101', 1)");
      await sql.run(
        `INSERT INTO mutations (id, table_name, record_id, op, hlc, fields, author_station_id, owner_station_id,
           enrollment_id, shared, received_at) VALUES ('m1', 'villages', 'r1', 'upsert', 'h', '{}', 's1', 's1', 'e1', 1, 2)`,
      );
    });
    expect(await migrate(db, { now: () => AT })).toEqual({ applied: LATER_VERSIONS, adopted: true });
    expect((await ledger(db))[0]).toEqual({ version: 1, name: 'initial', applied_at: AT });
    expect((await ledger(db)).map((r) => r.version)).toEqual(ALL_VERSIONS);
    expect(await migrate(db)).toEqual({ applied: [], adopted: false });

    expect((await service.init()).epoch).toBe('epoch-1');
    expect(await service.listStations()).toMatchObject([{ id: 's1', name: '幸福村', mutations: 1 }]);
    const seqs = await db.transaction(async (sql) => {
      await sql.run(
        `INSERT INTO mutations (id, table_name, record_id, op, hlc, fields, author_station_id, owner_station_id,
           enrollment_id, shared, received_at) VALUES ('m2', 'villages', 'r1', 'upsert', 'h', '{}', 's1', 's1', 'e1', 1, 3)`,
      );
      return sql.all<{ seq: number }>('SELECT seq FROM mutations ORDER BY seq');
    });
    expect(seqs.map((r) => Number(r.seq))).toEqual([1, 2]);
  });

  it('applies a later migration, with its code, after the ones already recorded', async () => {
    await makeUnversioned(db);
    const withExtra = [...MIGRATIONS, extra];
    expect(await migrate(db, { migrations: withExtra, now: () => AT })).toEqual({
      applied: [...LATER_VERSIONS, extra.version],
      adopted: true,
    });
    expect((await ledger(db)).map((r) => [r.version, r.name])).toEqual(withExtra.map((m) => [m.version, m.name]));
    expect(await db.transaction((sql) => sql.all('SELECT id, n FROM extra'))).toEqual([{ id: 'mutations', n: 0 }]);
    expect(await migrate(db, { migrations: withExtra })).toEqual({ applied: [], adopted: false });
  });

  it('leaves nothing of a migration that fails, and records it not', async () => {
    const broken: Migration = {
      version: 2,
      name: 'broken',
      statements: ['CREATE TABLE half (id TEXT PRIMARY KEY)', 'INSERT INTO no_such_table (id) VALUES (1)'],
    };
    await expect(migrate(db, { migrations: [initial, broken] })).rejects.toThrow();
    expect((await ledger(db)).map((r) => r.version)).toEqual([1]);
    expect((await db.transaction(describeSchema)).join('\n')).not.toContain('half');
    expect(await migrate(db, { migrations: [initial, { ...extra, version: 2 }] })).toEqual({
      applied: [2],
      adopted: false,
    });
  });

  it('refuses a list out of order, a database newer than the server, and a half-made unversioned one', async () => {
    await expect(migrate(db, { migrations: [initial, { ...extra, version: 3 }] })).rejects.toThrow(/versions run/);
    await migrate(db, { migrations: [...MIGRATIONS, extra] });
    await expect(migrate(db)).rejects.toThrow(
      `schema version ${extra.version}, newer than this server's (${MIGRATIONS.length})`,
    );

    const other = await make();
    const half = other.open();
    try {
      await half.transaction((sql) => sql.run('CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)'));
      await expect(migrate(half)).rejects.toThrow(/some of the county's tables \(meta\)/);
    } finally {
      await half.close();
      await other.cleanup();
    }
  });

  // One process holds a SQLite file; several servers may share one PostgreSQL database.
  if (name === 'PostgreSQL')
    it('runs each migration once when two servers start together', async () => {
      const second = factory.open();
      try {
        const reports = await Promise.all([migrate(db), migrate(second)]);
        expect(reports.flatMap((r) => r.applied).sort((a, b) => a - b)).toEqual(ALL_VERSIONS);
        expect(await ledger(db)).toHaveLength(MIGRATIONS.length);
      } finally {
        await second.close();
      }
    });
});
