import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createService } from '../service';
import type { Database } from '../store/sql';
import { ADMIN, DAY } from '../test-support/county';
import { testBackends, type DbFactory } from '../test-support/databases';
import { hashSecret } from '../tokens';
import { initial } from './001-initial';
import { migrate } from './migrate';

describe.each(testBackends())('device tokens on an upgraded county ($name)', ({ make }) => {
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

  it('keeps a token enrolled a year before the upgrade working, neither expired nor renewed at once', async () => {
    await migrate(db, { migrations: [initial] });
    const enrolledAt = Date.now() - 365 * DAY;
    await db.transaction(async (sql) => {
      await sql.run("INSERT INTO stations (id, name, area_code, created_at) VALUES ('s1', '幸福村', '522626101', ?)", [
        enrolledAt,
      ]);
      await sql.run(
        "INSERT INTO enrollments (id, station_id, token_hash, device_name, created_at) VALUES ('e1', 's1', ?, 'PC', ?)",
        [hashSecret('a-token-from-before-the-upgrade'), enrolledAt],
      );
    });
    const service = createService(db, { adminToken: ADMIN });
    await service.init();
    expect(await service.authenticate('a-token-from-before-the-upgrade')).toEqual({
      kind: 'station',
      stationId: 's1',
      enrollmentId: 'e1',
    });
    expect(await service.listStations()).toMatchObject([
      { id: 's1', deviceList: [{ id: 'e1', name: 'PC', enrolledAt, lastUsedAt: expect.any(Number) }] },
    ]);
  });
});
