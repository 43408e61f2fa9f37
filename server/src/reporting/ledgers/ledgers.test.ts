import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../migrations/migrate';
import type { Database } from '../../store/sql';
import { testBackends, type DbFactory } from '../../test-support/databases';
import type { LedgerFilter } from '../ledger-source';
import { createReporting } from '../reporting';
import { LEDGER_SPECS } from './index';

/** Filters that join more (the area and the free text read the person's or employer's columns) and less. */
const FILTERS: readonly LedgerFilter[] = [
  {},
  { from: '2025-12-01', to: '2026-11-30' },
  { area: '5226' },
  { q: '张' },
  { station: 'st-1' },
];

describe.each(testBackends())('every ledger reads with every filter and sort ($name)', ({ make }) => {
  let factory: DbFactory;
  let db: Database;
  beforeAll(async () => {
    factory = await make();
    db = factory.open();
    await migrate(db);
  });
  afterAll(async () => {
    await db.close();
    await factory.cleanup();
  });

  it.each(Object.keys(LEDGER_SPECS))(
    '%s: pages sorted by each column both ways, and the export, join what their columns and conditions read',
    async (name) => {
      const reporting = createReporting(db, { now: () => Date.UTC(2026, 10, 30, 4) });
      const ledger = reporting.ledger(name as keyof typeof LEDGER_SPECS);
      const sortable = ledger.columns.filter((c) => c.sortable).map((c) => c.key);
      for (const filter of FILTERS) {
        expect(await ledger.page({ ...filter, page: 1, pageSize: 50 })).toEqual({ rows: [], total: 0 });
        for (const sort of sortable)
          for (const order of ['asc', 'desc'] as const)
            expect(await ledger.page({ ...filter, sort, order, page: 2, pageSize: 20 })).toEqual({
              rows: [],
              total: 0,
            });
        const exported = [];
        for await (const row of ledger.stream(filter)) exported.push(row);
        expect(exported).toEqual([]);
      }
    },
  );
});
