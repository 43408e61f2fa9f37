import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends, type DbFactory } from '../test-support/databases';
import { insertRows, type Database, type Row } from './sql';

const TABLE = `CREATE TABLE rows_test (id TEXT PRIMARY KEY, label TEXT, n INTEGER, big BIGINT, rate DOUBLE PRECISION)`;

/** Rows as they read back, by id, numbers as numbers. */
async function readBack(db: Database): Promise<Row[]> {
  const rows = await db.transaction((sql) => sql.all('SELECT id, label, n, big, rate FROM rows_test ORDER BY id'));
  return rows.map((r) => ({
    id: r.id,
    label: r.label,
    n: r.n == null ? null : Number(r.n),
    big: r.big == null ? null : Number(r.big),
    rate: r.rate == null ? null : Number(r.rate),
  }));
}

describe.each(testBackends())('insertRows ($name)', ({ make }) => {
  let factory: DbFactory;
  let db: Database;
  beforeAll(async () => {
    factory = await make();
    db = factory.open();
    await db.transaction((sql) => sql.run(TABLE));
  }, 60_000);
  afterAll(async () => {
    await db?.close();
    await factory?.cleanup();
  });

  it('writes every value as given, in parts, and leaves out missing columns as null', async () => {
    const rows: Row[] = Array.from({ length: 4_321 }, (_, i) => ({
      id: `r${String(i).padStart(5, '0')}`,
      label: i % 7 === 0 ? null : `张三 "${i}" 'x' \\ ${'🙂'.repeat(i % 3)}`,
      n: i % 5 === 0 ? null : i - 2_000,
      big: 1_700_000_000_000 + i,
      rate: i % 3 === 0 ? null : i / 8,
    }));
    // a row without some of the first row's columns: those are null
    rows.push({ id: 'z-short', label: '短' });
    await db.transaction((sql) => insertRows(sql, 'rows_test', rows));
    expect(await readBack(db)).toEqual(
      rows.map((r) => ({ id: r.id, label: r.label, n: r.n ?? null, big: r.big ?? null, rate: r.rate ?? null })),
    );
  });

  it('skips rows whose key is there already when asked, and fails on them otherwise', async () => {
    await db.transaction((sql) => sql.run('DELETE FROM rows_test'));
    await db.transaction((sql) => insertRows(sql, 'rows_test', [{ id: 'a', label: 'first' }]));
    await db.transaction((sql) =>
      insertRows(
        sql,
        'rows_test',
        [
          { id: 'a', label: 'again' },
          { id: 'b', label: 'new' },
          { id: 'b', label: 'twice in one call' },
        ],
        ['id'],
      ),
    );
    expect((await readBack(db)).map((r) => [r.id, r.label])).toEqual([
      ['a', 'first'],
      ['b', 'new'],
    ]);
    await expect(db.transaction((sql) => insertRows(sql, 'rows_test', [{ id: 'a', label: 'x' }]))).rejects.toThrow();
  });
});
