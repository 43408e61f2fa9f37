import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCommand, writeRecord } from './command';
import { setUp, testEnv } from '../../test-support/test-env';

async function counts(env: ReturnType<typeof testEnv>) {
  const { db } = env;
  return {
    stations: await db.stations.count(),
    staff: await db.staff.count(),
    outbox: await db.outbox.count(),
    audit: await db.audit.count(),
    clock: (await db.meta.get('clock'))?.value,
  };
}

describe('command layer', () => {
  it('first-run set-up writes the station, the admin, settings, outbox and audit in one go', async () => {
    const env = testEnv();
    const { stationId, adminId } = await setUp(env);
    const station = await env.db.stations.get(stationId);
    expect(station).toMatchObject({ name: '幸福村就业服务站', areaCode: '522626101203', stationId, deleted: false });
    expect((await env.db.staff.get(adminId))?.admin).toBe(true);
    const outbox = await env.db.outbox.orderBy('hlc').toArray();
    // The station syncs; staff and settings are local; every audit entry syncs.
    expect(outbox.filter((m) => m.table === 'stations')).toHaveLength(1);
    expect(outbox.filter((m) => m.table === 'staff' || m.table === 'settings')).toHaveLength(0);
    expect(outbox.filter((m) => m.table === 'audit')).toHaveLength(3);
    const audit = await env.db.audit.toArray();
    expect(audit.map((a) => a.action).sort()).toEqual(['settings.create', 'staff.create', 'station.create']);
    expect(audit.every((a) => a.actorId === adminId)).toBe(true);
    // The audit never holds the PIN hash, only the names of fields.
    expect(JSON.stringify(audit)).not.toContain((await env.db.staff.get(adminId))?.pin.hash);
  });

  it('queues only the changed fields, with a later clock value', async () => {
    const env = testEnv();
    const { stationId, adminId } = await setUp(env);
    const before = await env.db.stations.get(stationId);
    env.clock.now += 1000;
    const r = await runCommand(env, { id: adminId, name: '王芳' }, async (ctx) => {
      const { updatedAt: _u, ...rest } = before!;
      return writeRecord(ctx, 'stations', { ...rest, name: '幸福村服务站' }, { action: 'station.update' });
    });
    expect(r.ok).toBe(true);
    const stationMutations = (await env.db.outbox.toArray())
      .filter((m) => m.table === 'stations')
      .sort((a, b) => a.hlc.localeCompare(b.hlc));
    expect(stationMutations).toHaveLength(2);
    expect(stationMutations[1]?.fields).toEqual({ name: '幸福村服务站' });
    expect(stationMutations[1]!.hlc > stationMutations[0]!.hlc).toBe(true);
  });

  it('a write that changes nothing leaves no outbox or audit entry', async () => {
    const env = testEnv();
    const { stationId } = await setUp(env);
    const before = await counts(env);
    const station = (await env.db.stations.get(stationId))!;
    const r = await runCommand(env, null, async (ctx) => {
      const { updatedAt: _u, ...rest } = station;
      return writeRecord(ctx, 'stations', rest, { action: 'station.update' });
    });
    expect(r.ok).toBe(true);
    const after = await counts(env);
    expect({ ...after, clock: undefined }).toEqual({ ...before, clock: undefined });
  });

  describe('atomicity: a command that fails part-way leaves no record, no outbox entry and no audit entry', () => {
    // Unexpected failures are logged; keep the test output readable.
    beforeEach(() => {
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
    });
    afterEach(() => {
      vi.restoreAllMocks();
    });

    const newStation = (env: ReturnType<typeof testEnv>, stationId: string, name = '新站') => ({
      id: env.newId(),
      stationId,
      createdAt: env.now(),
      deleted: false,
      name,
      areaCode: '522626',
    });

    it('when the body throws after writing', async () => {
      const env = testEnv();
      const { stationId } = await setUp(env);
      const before = await counts(env);
      const r = await runCommand(env, null, async (ctx) => {
        await writeRecord(ctx, 'stations', newStation(env, stationId), { action: 'station.create' });
        throw new Error('power cut');
      });
      expect(r).toMatchObject({ ok: false, error: { code: 'command.failed' } });
      expect(await counts(env)).toEqual(before);
    });

    it('when a later write in the same command fails validation', async () => {
      const env = testEnv();
      const { stationId } = await setUp(env);
      const before = await counts(env);
      const r = await runCommand(env, null, async (ctx) => {
        await writeRecord(ctx, 'stations', newStation(env, stationId), { action: 'station.create' });
        return writeRecord(
          ctx,
          'stations',
          { ...newStation(env, stationId), areaCode: '99' },
          { action: 'station.create' },
        );
      });
      expect(r).toMatchObject({ ok: false, error: { code: 'validation', fields: { areaCode: 'areaCode.length' } } });
      expect(await counts(env)).toEqual(before);
    });

    it('when IndexedDB itself refuses a write (duplicate key in the audit log)', async () => {
      const env = testEnv();
      const { stationId } = await setUp(env);
      const before = await counts(env);
      const existingAudit = (await env.db.audit.toArray())[0]!;
      const r = await runCommand(env, null, async (ctx) => {
        await writeRecord(ctx, 'stations', newStation(env, stationId), { action: 'station.create' });
        await env.db.audit.add(existingAudit);
      });
      expect(r.ok).toBe(false);
      expect(await counts(env)).toEqual(before);
    });

    it('an empty name is refused with a field error and nothing is saved', async () => {
      const env = testEnv();
      const { stationId } = await setUp(env);
      const before = await counts(env);
      const r = await runCommand(env, null, (ctx) =>
        writeRecord(ctx, 'stations', newStation(env, stationId, '   '), { action: 'station.create' }),
      );
      expect(r).toMatchObject({ ok: false, error: { code: 'validation', fields: { name: 'name.empty' } } });
      expect(await counts(env)).toEqual(before);
    });
  });

  it('set-up puts each bad field under its own name and saves nothing', async () => {
    const env = testEnv();
    const { hashPin } = await import('../../security/pin-hash');
    const { setupStation } = await import('./setup-station');
    const r = await setupStation(env, {
      stationName: '站',
      areaCode: '52262',
      adminName: ' ',
      adminRole: 'staff',
      pin: await hashPin('123456'),
      deviceId: 'd',
    });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { areaCode: 'areaCode.length', adminName: 'name.empty' } },
    });
    expect(await env.db.stations.count()).toBe(0);
    expect(await env.db.meta.count()).toBe(0);
  });

  it('a second set-up on the same PC is refused and changes nothing', async () => {
    const env = testEnv();
    await setUp(env);
    const before = await counts(env);
    await expect(setUp(env)).rejects.toThrow(/already has a station/);
    expect(await counts(env)).toEqual(before);
  });
});
