import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeState } from '../record-state';
import { createService } from '../service';
import type { Database } from '../store/sql';
import { ADMIN } from '../test-support/county';
import { testBackends, type DbFactory } from '../test-support/databases';
import { MIGRATIONS } from './list';
import { migrate } from './migrate';

const state = (values: Record<string, unknown>) =>
  encodeState({
    values,
    stamps: Object.fromEntries(
      Object.keys(values).map((k) => [k, { hlc: '001764547200000:00001:dev', mutationId: 'm1' }]),
    ),
  });

describe.each(testBackends())('reporting tables on an upgraded county ($name)', ({ make }) => {
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

  it('are filled from the records the county already holds', async () => {
    await migrate(db, { migrations: MIGRATIONS.filter((m) => m.version < 4) });
    await db.transaction(async (sql) => {
      await sql.run("INSERT INTO stations (id, name, area_code, created_at) VALUES ('s1', '幸福村', '522626101', 0)");
      const insert = (id: string, values: Record<string, unknown>, deleted: boolean) =>
        sql.run(
          "INSERT INTO records (table_name, record_id, owner_station_id, state, id_number, deleted) VALUES ('seekers', ?, 's1', ?, ?, ?)",
          [id, state(values), values.idNumber ?? null, deleted ? 1 : 0],
        );
      const createdAt = Date.UTC(2026, 10, 3, 4);
      await insert('p1', { name: '王芳', idNumber: '522626198503020021', createdAt, status: 'active' }, false);
      await insert('p2', { name: '赵雷', idNumber: '522626199512120058', createdAt, deleted: true }, true);
    });
    const service = createService(db, { adminToken: ADMIN, now: () => Date.UTC(2026, 11, 1) });
    await service.init();
    const summary = await service.reporting.summary({ from: '2026-11-01', to: '2026-11-30' });
    expect(summary.seekers).toMatchObject({ registered: 1, active: 1 });
    const page = await service.reporting.ledger('seekers').page({ page: 1, pageSize: 10 });
    expect(page.rows.map((r) => [r.name, r.registeredOn, r.station])).toEqual([['王芳', '2026-11-03', '幸福村']]);
  });
});
