import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeHlc } from '#shared/sync/hlc';
import type { Mutation } from '#shared/sync/mutation';
import { backupTo, restoreFrom } from './backup';
import type { Caller } from './caller';
import { holdForServer } from './server-lock';
import { createService, type Service } from './service';
import type { Database } from './store/sql';
import { ADMIN } from './test-support/county';
import { testBackends, type DbFactory } from './test-support/databases';

const NOW = Date.UTC(2026, 10, 25, 10);

function village(stationId: string): Mutation {
  const recordId = uuidv7();
  return {
    id: uuidv7(),
    table: 'villages',
    recordId,
    op: 'upsert',
    hlc: encodeHlc({ ms: NOW, counter: 0, node: 'dev' }),
    fields: { id: recordId, stationId, name: '幸福村' },
  };
}

describe.each(testBackends())('backup and restore ($name)', ({ make }) => {
  let factory: DbFactory;
  let db: Database;
  let service: Service;
  let caller: Caller;
  let stationId = '';
  const opened: Database[] = [];
  const open = () => {
    const other = factory.open();
    opened.push(other);
    return other;
  };
  const file = () => join(mkdtempSync(join(tmpdir(), 'county-backup-')), 'county.jsonl.gz');
  const pushVillages = async (count: number) =>
    service.push(
      caller,
      Array.from({ length: count }, () => village(stationId)),
    );
  const seqs = async (on: Database) =>
    (await on.transaction((sql) => sql.all('SELECT seq FROM mutations ORDER BY seq'))).map((r) => Number(r.seq));

  beforeEach(async () => {
    factory = await make();
    db = factory.open();
    service = createService(db, { adminToken: ADMIN, now: () => NOW });
    await service.init();
    const { enrollmentCode } = await service.addStation({ name: '幸福村就业服务站', areaCode: '522626101' });
    const enrolled = await service.enroll({ enrollmentCode, deviceName: 'PC' });
    stationId = enrolled.stationId;
    const { token } = enrolled;
    const found = await service.authenticate(token);
    if (!found) throw new Error('no caller');
    caller = found;
  });
  afterEach(async () => {
    for (const other of opened.splice(0)) await other.close();
    await db.close();
    await factory.cleanup();
  });

  it('refuses a restore while a server holds the database, and a server while a restore runs', async () => {
    await pushVillages(2);
    const backup = file();
    await backupTo(db, backup);
    await pushVillages(1);

    const server = await holdForServer(db);
    const alongside = await holdForServer(open());
    await expect(restoreFrom(open(), backup)).rejects.toMatchObject({
      status: 409,
      code: 'restore.serverRunning',
      messageZh: expect.stringContaining('请先停止服务器'),
    });
    expect(await seqs(db)).toEqual([1, 2, 3]);
    await server.release();
    await expect(restoreFrom(open(), backup)).rejects.toMatchObject({ code: 'restore.serverRunning' });
    await alongside.release();

    const restoring = await open().lock('restore');
    await expect(holdForServer(open())).rejects.toMatchObject({ status: 409, code: 'server.restoring' });
    await restoring?.release();

    const { epoch } = await restoreFrom(open(), backup);
    expect(await seqs(db)).toEqual([1, 2]);
    expect(epoch).not.toBe(service.epoch);
    expect((await createService(open(), { adminToken: ADMIN }).init()).epoch).toBe(epoch);
    expect(await holdForServer(open())).toBeTruthy();
  });

  it('never moves seq below the highest one given out, so no station’s cursor skips a new change', async () => {
    await pushVillages(3);
    const backup = file();
    await backupTo(db, backup);
    await pushVillages(2);
    // A reader that saw everything (a station does not get back what it pushed itself).
    const reader: Caller = { kind: 'admin' };
    const cursor = (await service.pull(reader, 0, 100)).nextSince;
    expect(cursor).toBe(5);

    await restoreFrom(db, backup);
    expect(await seqs(db)).toEqual([1, 2, 3]);
    const later = file();
    await backupTo(db, later);
    await pushVillages(1);
    expect(await seqs(db)).toEqual([1, 2, 3, 6]);
    const page = await service.pull(reader, cursor, 100);
    expect(page.changes.map((c) => c.seq)).toEqual([6]);

    // A backup carries the mark: restored into a new database, it still gives out seqs above it.
    const elsewhere = await make();
    const fresh = elsewhere.open();
    try {
      await restoreFrom(fresh, later);
      const moved = createService(fresh, { adminToken: ADMIN, now: () => NOW });
      await moved.init();
      await moved.push(caller, [village(stationId)]);
      expect(await seqs(fresh)).toEqual([1, 2, 3, 6]);
    } finally {
      await fresh.close();
      await elsewhere.cleanup();
    }
  });

  it('reads one snapshot without holding up pushes: a push made meanwhile is stored at once and not in the file', async () => {
    for (let i = 0; i < 5; i += 1) await pushVillages(2_000);
    const backup = file();
    // The backup's reading, watched: it must still be going on when the push is through.
    let reading = true;
    const watched: Database = {
      ...db,
      dialect: db.dialect,
      transaction: (body) => db.transaction(body).finally(() => (reading = false)),
      snapshot: (body) => db.snapshot(body).finally(() => (reading = false)),
    };
    const running = backupTo(watched, backup);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await pushVillages(1);
    expect(reading).toBe(true);
    const { rows } = await running;
    expect(rows).toBeGreaterThan(10_000);
    expect(await seqs(db)).toHaveLength(10_001);
    await restoreFrom(open(), backup);
    expect(await seqs(db)).toHaveLength(10_000);
  });
});
