import { describe, expect, it } from 'vitest';
import { compareHlc } from '#shared/sync/hlc';
import { readSnapshot } from '../backup-snapshot';
import { setUp, testEnv } from '../../test-support/test-env';
import { META } from '../meta-keys';
import { restoreBackup } from './restore-backup';

async function stationWithWork() {
  const env = testEnv();
  const { adminId, stationId } = await setUp(env, { deviceId: 'oldpc' });
  return { env, stationId, actor: { id: adminId, name: '王芳' } };
}

const rows = async (env: ReturnType<typeof testEnv>, table: string) =>
  (await env.db.table(table).toArray()).sort((a: { id?: string }, b: { id?: string }) =>
    String(a.id).localeCompare(String(b.id)),
  );

describe('restoring a station backup', () => {
  it('puts every record, the outbox, the sync state and the station identity back on an empty PC, and audits it', async () => {
    const old = await stationWithWork();
    await old.env.db.meta.bulkPut([
      { key: 'sync.cursor', value: '41' },
      { key: 'sync.epoch', value: 'epoch-a' },
    ]);
    const snapshot = await readSnapshot(old.env.db);
    const fresh = testEnv(old.env.clock.now - 60_000);
    const restored = await restoreBackup(fresh, null, {
      tables: snapshot.tables,
      databaseVersion: snapshot.databaseVersion,
      createdAt: old.env.now(),
    });
    expect(restored).toEqual({ ok: true, value: { stationId: old.stationId, previousStationId: null } });
    for (const table of ['stations', 'staff', 'settings', 'sent'])
      expect(await rows(fresh, table)).toEqual(await rows(old.env, table));
    const meta = new Map((await fresh.db.meta.toArray()).map((r) => [r.key, r.value]));
    expect(meta.get(META.stationId)).toBe(old.stationId);
    expect(meta.get(META.deviceId)).toBe('oldpc');
    expect(meta.get('sync.cursor')).toBe('41');
    expect(meta.get('sync.epoch')).toBe('epoch-a');
    // the outbox keeps every change with its id (the county's idempotency key), plus the restore's own entry
    const before = await rows(old.env, 'outbox');
    const after = await fresh.db.outbox.toArray();
    expect(after.filter((m) => before.some((b) => b.id === m.id))).toHaveLength(before.length);
    const audit = (await fresh.db.audit.toArray()).filter((a) => a.action === 'station.restore');
    expect(audit).toHaveLength(1);
    expect(after.some((m) => m.id === audit[0]!.id)).toBe(true);
    // the clock is past everything the station stamped, though this PC's wall clock is a minute behind
    const clock = meta.get(META.clock)!;
    for (const m of before) expect(compareHlc(clock, m.hlc)).toBe(1);
    expect(clock.endsWith(':oldpc')).toBe(true);
  });

  it('replacing a PC whose clock ran further keeps that clock, and keeps its audit log beside the backup’s', async () => {
    const old = await stationWithWork();
    const snapshot = await readSnapshot(old.env.db);
    const other = testEnv(old.env.clock.now + 3_600_000);
    await setUp(other, { deviceId: 'newpc', name: '另一个服务站' });
    const ownAudit = await other.db.audit.toArray();
    const otherClock = (await other.db.meta.get(META.clock))!.value;
    const restored = await restoreBackup(other, null, {
      tables: snapshot.tables,
      databaseVersion: snapshot.databaseVersion,
      createdAt: old.env.now(),
    });
    expect(restored.ok && restored.value.previousStationId).not.toBe(old.stationId);
    expect(await rows(other, 'stations')).toEqual(await rows(old.env, 'stations'));
    const clock = (await other.db.meta.get(META.clock))!.value;
    expect(compareHlc(clock.replace(/:[^:]+$/, ''), otherClock.replace(/:[^:]+$/, ''))).toBe(1);
    const audit = await other.db.audit.toArray();
    for (const entry of ownAudit) expect(audit.some((a) => a.id === entry.id)).toBe(true);
  });

  it('refuses a backup from a newer database, or one that cannot be put back, and leaves this PC as it was', async () => {
    const old = await stationWithWork();
    const snapshot = await readSnapshot(old.env.db);
    const target = await stationWithWork();
    const was = await readSnapshot(target.env.db);
    const input = { tables: snapshot.tables, databaseVersion: snapshot.databaseVersion, createdAt: 1 };
    expect(await restoreBackup(target.env, null, { ...input, databaseVersion: 999 })).toMatchObject({
      ok: false,
      error: { code: 'backup.newerFormat' },
    });
    expect(
      await restoreBackup(target.env, null, { ...input, tables: { ...snapshot.tables, hologram: [] } }),
    ).toMatchObject({ ok: false, error: { code: 'backup.unreadable' } });
    // two rows with one id: the transaction fails part-way and rolls back
    const staff = snapshot.tables.staff!;
    const broken = { ...snapshot.tables, staff: [...staff, staff[0]!] };
    expect(await restoreBackup(target.env, null, { ...input, tables: broken })).toMatchObject({
      ok: false,
      error: { code: 'backup.unreadable' },
    });
    expect((await readSnapshot(target.env.db)).tables).toEqual(was.tables);
  });
});
