import { describe, expect, it } from 'vitest';
import { createReporting } from '../reporting/reporting';
import type { Database, Row, Sql } from '../store/sql';
import { openSqlite } from '../store/sqlite';
import { withStatements } from '../test-support/statements';
import { migrate } from './migrate';

const TODAY = Date.UTC(2026, 10, 30, 4);
const YEAR = { from: '2025-12-01', to: '2026-11-30' };

/**
 * The database, with every statement that reads the scheduled visits written down (all but the visits made,
 * which find their schedule by its key).
 */
function watching(db: Database, seen: { text: string; params: readonly unknown[] }[]): Database {
  return withStatements(db, (sql): Sql => ({
    dialect: sql.dialect,
    all: (text, params = []) => {
      if (/report_follow_ups f\b/.test(text) && !/report_follow_ups f ON f\.id = /.test(text.replace(/\s+/g, ' ')))
        seen.push({ text, params });
      return sql.all(text, params);
    },
    run: (text, params) => sql.run(text, params),
  }));
}

describe('the indexes of the visits still to make (SQLite)', () => {
  it('every read of the visits still to make goes through one of them', async () => {
    const db = openSqlite(':memory:');
    await migrate(db);
    const seen: { text: string; params: readonly unknown[] }[] = [];
    const reporting = createReporting(watching(db, seen), { now: () => TODAY });
    for (const filter of [YEAR, { ...YEAR, area: '522626103' }, { ...YEAR, station: 'st-1' }])
      await reporting.summary(filter);
    const visits = reporting.ledger('visits');
    const owns: Readonly<Record<string, string>>[] = [{ status: 'due' }, { status: 'overdue' }, {}];
    for (const own of owns)
      for (const filter of [{}, { area: '5226' }, { station: 'st-1' }, { q: '张' }]) {
        await visits.page({ ...filter, own, page: 1, pageSize: 50 });
        await visits.page({ ...filter, own, sort: 'dueOn', order: 'asc', page: 2, pageSize: 50 });
        for await (const row of visits.stream({ ...filter, own })) expect(row).toBeDefined();
      }
    // the summaries' due and overdue counts (county, area, station) and the ledger's pages, counts and exports
    expect(seen.length).toBeGreaterThanOrEqual(40);
    for (const { text, params } of seen) {
      expect(text.replace(/\s+/g, ' '), 'the words that let SQLite use the partial indexes').toContain(
        'f.active = 1 AND f.made = 0',
      );
      const plan = await db.transaction((sql) => sql.all<Row>(`EXPLAIN QUERY PLAN ${text}`, params));
      const reads = plan.map((r) => String(r.detail)).filter((d) => / f USING/.test(d) || /SCAN f\b/.test(d));
      expect(reads, text).not.toEqual([]);
      for (const d of reads) expect(d, text).toMatch(/USING (COVERING )?INDEX report_follow_ups_open_/);
    }
    await db.close();
  });
});
