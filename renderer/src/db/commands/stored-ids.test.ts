import Dexie, { type Table } from 'dexie';
import { describe, expect, it } from 'vitest';
import { KEYS_AT_ONCE, recordsWithAny, storedIds } from './stored-ids';

interface Row {
  readonly id: string;
  readonly code: string;
}

async function store(rows: readonly Row[]): Promise<{ db: Dexie; table: Table<Row, string> }> {
  const db = new Dexie(`stored-ids-${Math.random()}`);
  db.version(1).stores({ rows: 'id, code' });
  const table = db.table<Row, string>('rows');
  await table.bulkAdd([...rows]);
  return { db, table };
}

describe('looking up many keys at once', () => {
  it('finds the records holding any of the keys, as a walk of the index does, over several groups of keys', async () => {
    // every code twice, every third one missing from the keys asked for
    const rows = Array.from({ length: 3 * KEYS_AT_ONCE }, (_, i) => ({
      id: `r${i}`,
      code: `c${i % (1.5 * KEYS_AT_ONCE)}`,
    }));
    const { db, table } = await store(rows);
    const keys = [
      ...Array.from({ length: 2 * KEYS_AT_ONCE }, (_, i) => `c${i}`).filter((_, i) => i % 3 !== 0),
      'c1',
      'missing',
    ];
    const ids = (xs: readonly Row[]) => xs.map((r) => r.id).sort();
    const expected = await table.where('code').anyOf(keys).toArray();
    expect(expected.length).toBeGreaterThan(KEYS_AT_ONCE);
    expect(ids(await recordsWithAny(table, 'code', keys))).toEqual(ids(expected));
    expect(await recordsWithAny(table, 'code', [])).toEqual([]);
    db.close();
  });

  it('says which ids are stored without reading the records', async () => {
    const { db, table } = await store([
      { id: 'a', code: 'x' },
      { id: 'c', code: 'y' },
    ]);
    expect([...(await storedIds(table as Table<unknown, string>, ['a', 'b', 'c', 'd']))].sort()).toEqual(['a', 'c']);
    expect(await storedIds(table as Table<unknown, string>, [])).toEqual(new Set());
    db.close();
  });
});
