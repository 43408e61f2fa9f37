import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database, Row } from '../store/sql';
import { testBackends, type DbFactory } from '../test-support/databases';
import { sqlLedger } from './ledger-engine';
import type { LedgerFilter, LedgerRow } from './ledger-source';
import { column, cond, ownValue, type LedgerSpec } from './ledger-sql';

/** A ledger over one small table whose keys repeat and are sometimes null. */
const spec = (pageById: boolean): LedgerSpec => ({
  name: 'jobs',
  titleZh: '测试',
  titleEn: 'Test',
  rowIsZh: '每行一条',
  columns: [
    column('day', '日期', 'Day', 'date', 12),
    column('n', '数', 'N', 'number', 6),
    column('label', '名称', 'Label', 'text', 10),
    column('id', '编号', 'Id', 'text', 10, false),
  ],
  own: { odd: 'flag' },
  select: { day: 't.day', n: 't.n', label: 't.label', id: 't.id' },
  order: { key: 't.day', id: 't.id', dir: 'desc' },
  pageById,
  plan: (filter: LedgerFilter) => ({
    from: 't_rows t',
    where: ownValue(filter, 'odd') === '1' ? [cond('t.n % 2 = 1')] : [],
  }),
});

/** 40 rows over 4 days (ten on each: ties), a number with nulls and repeats, a label with nulls. */
const ROWS = Array.from({ length: 40 }, (_, i) => ({
  id: `r${String((i * 17) % 40).padStart(2, '0')}`,
  day: `2026-11-0${(i % 4) + 1}`,
  n: i % 5 === 0 ? null : i % 7,
  label: i % 3 === 0 ? null : `名${i % 6}`,
}));

describe.each(testBackends())('ledger pages and batches ($name)', ({ make }) => {
  let factory: DbFactory;
  let db: Database;
  beforeEach(async () => {
    factory = await make();
    db = factory.open();
    await db.transaction(async (sql) => {
      await sql.run('CREATE TABLE t_rows (id TEXT PRIMARY KEY, day TEXT NOT NULL, n INTEGER, label TEXT)');
      for (const r of ROWS) await sql.run('INSERT INTO t_rows VALUES (?, ?, ?, ?)', [r.id, r.day, r.n, r.label]);
    });
  });
  afterEach(async () => {
    await db.close();
    await factory.cleanup();
  });

  /** What a plain statement says: nulls last, ties by id ascending; or the ledger's own order. */
  const plain = (where: string, order: string): Promise<LedgerRow[]> =>
    db.transaction(async (sql) =>
      (await sql.all<Row>(`SELECT t.day, t.n, t.label, t.id FROM t_rows t ${where} ORDER BY ${order}`)).map((r) => ({
        day: r.day as string,
        n: r.n === null ? null : Number(r.n),
        label: (r.label as string | null) ?? null,
        id: r.id as string,
      })),
    );

  it('reads an export in batches that continue across equal keys, every row once, in the ledger’s order', async () => {
    for (const batch of [1, 3, 10, 40, 100]) {
      const ledger = sqlLedger(db, spec(false), () => '2026-11-30', batch);
      const streamed: LedgerRow[] = [];
      for await (const row of ledger.stream({})) streamed.push(row);
      expect(streamed).toEqual(await plain('', 't.day DESC, t.id DESC'));
      const odd: LedgerRow[] = [];
      for await (const row of ledger.stream({ own: { odd: '1' } })) odd.push(row);
      expect(odd).toEqual(await plain('WHERE t.n % 2 = 1', 't.day DESC, t.id DESC'));
    }
  });

  it('gives every page of every sort the rows and total a plain query gives, nulls last', async () => {
    for (const byId of [false, true]) {
      const ledger = sqlLedger(db, spec(byId), () => '2026-11-30');
      for (const filter of [{}, { own: { odd: '1' } }]) {
        const where = filter.own ? 'WHERE t.n % 2 = 1' : '';
        const cases: [string | undefined, 'asc' | 'desc' | undefined, string][] = [
          [undefined, undefined, 't.day DESC, t.id DESC'],
          ['day', 'asc', 't.day ASC, t.id ASC'],
          ['n', 'asc', 'CASE WHEN t.n IS NULL THEN 1 ELSE 0 END, t.n ASC, t.id ASC'],
          ['n', 'desc', 'CASE WHEN t.n IS NULL THEN 1 ELSE 0 END, t.n DESC, t.id ASC'],
          ['label', 'asc', 'CASE WHEN t.label IS NULL THEN 1 ELSE 0 END, t.label ASC, t.id ASC'],
          ['label', 'desc', 'CASE WHEN t.label IS NULL THEN 1 ELSE 0 END, t.label DESC, t.id ASC'],
        ];
        for (const [sort, order, expected] of cases) {
          const want = await plain(where, expected);
          const got: LedgerRow[] = [];
          for (let page = 1; page <= Math.ceil(want.length / 7) + 1; page += 1) {
            const result = await ledger.page({
              ...filter,
              ...(sort && order ? { sort, order } : {}),
              page,
              pageSize: 7,
            });
            expect(result.total).toBe(want.length);
            got.push(...result.rows);
          }
          expect({ byId, sort, order, rows: got }).toEqual({ byId, sort, order, rows: want });
        }
      }
    }
  });
});
