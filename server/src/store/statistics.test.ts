import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { testBackends } from '../test-support/databases';
import { openSqlite } from './sqlite';
import { keepPlannerStatistics } from './statistics';

const statRows = (file: string): { tbl: string; idx: string }[] => {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const known = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").get();
    return known ? (db.prepare('SELECT tbl, idx FROM sqlite_stat1 ORDER BY tbl, idx').all() as never) : [];
  } finally {
    db.close();
  }
};

const fill = async (db: ReturnType<typeof openSqlite>, from: number, count: number) =>
  db.transaction(async (sql) => {
    for (let i = from; i < from + count; i += 1) await sql.run('INSERT INTO people VALUES (?, ?)', [i, `镇${i % 40}`]);
  });

describe('planner statistics on SQLite', () => {
  it('a database filled while the server runs is analysed by the periodic refresh', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'stats-')), 'county.sqlite');
    const db = openSqlite(file);
    await db.transaction(async (sql) => {
      await sql.run('CREATE TABLE people (id INTEGER PRIMARY KEY, town TEXT)');
      await sql.run('CREATE INDEX people_town ON people (town)');
    });
    await fill(db, 0, 2_000);
    expect(statRows(file)).toEqual([]);
    await keepPlannerStatistics(db);
    expect(statRows(file)).toEqual([{ tbl: 'people', idx: 'people_town' }]);
    await db.close();
  });

  it('opening a database that was never analysed analyses it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'stats-')), 'county.sqlite');
    const plain = new BetterSqlite3(file);
    plain.exec('CREATE TABLE people (id INTEGER PRIMARY KEY, town TEXT); CREATE INDEX people_town ON people (town)');
    const insert = plain.prepare('INSERT INTO people VALUES (?, ?)');
    plain.transaction(() => {
      for (let i = 0; i < 2_000; i += 1) insert.run(i, `镇${i % 40}`);
    })();
    plain.close();
    expect(statRows(file)).toEqual([]);
    const db = openSqlite(file);
    expect(statRows(file)).toEqual([{ tbl: 'people', idx: 'people_town' }]);
    await db.close();
  });
});

describe.each(testBackends().filter((b) => b.name === 'PostgreSQL'))('$name sessions', ({ make }) => {
  it('start no parallel workers, in transactions and snapshots alike', async () => {
    const factory = await make();
    const db = factory.open();
    try {
      const show = 'SHOW max_parallel_workers_per_gather';
      const inTransaction = await db.transaction((sql) => sql.all<{ max_parallel_workers_per_gather: string }>(show));
      const inSnapshot = await db.snapshot((sql) => sql.all<{ max_parallel_workers_per_gather: string }>(show));
      expect(inTransaction[0]?.max_parallel_workers_per_gather).toBe('0');
      expect(inSnapshot[0]?.max_parallel_workers_per_gather).toBe('0');
    } finally {
      await db.close();
      await factory.cleanup();
    }
  });
});
