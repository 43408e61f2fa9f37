import { describe, expect, it } from 'vitest';
import { ADMIN, auth, countyForEachTest, DAY } from '../../test-support/county';
import { testBackends } from '../../test-support/databases';

interface Listed {
  id: string;
  devices: number;
  deviceList: { id: string; name: string; enrolledAt: number; lastUsedAt: number | null }[];
}

describe.each(testBackends())('county server security: device tokens ($name)', ({ make }) => {
  const county = countyForEachTest(make);
  const { clock, inject, enrolledStation } = county;

  const pull = (token: string) => inject({ method: 'GET', url: '/api/v1/sync/pull?since=0', headers: auth(token) });
  const admin = (url: string, payload?: object) =>
    inject({ method: 'POST', url: `/api/v1/admin${url}`, headers: auth(ADMIN), ...(payload ? { payload } : {}) });
  const enroll = (enrollmentCode: string, deviceName = 'PC2') =>
    inject({ method: 'POST', url: '/api/v1/enroll', payload: { enrollmentCode, deviceName } });
  const listed = async (stationId: string): Promise<Listed | undefined> =>
    (
      (await inject({ method: 'GET', url: '/api/v1/admin/stations', headers: auth(ADMIN) })).json() as {
        stations: Listed[];
      }
    ).stations.find((s) => s.id === stationId);

  it('revokes a station: its tokens and its open codes stop working at once', async () => {
    const a = await enrolledStation();
    const spare = (await admin(`/stations/${a.stationId}/code`)).json() as { enrollmentCode: string };
    expect((await pull(a.token)).statusCode).toBe(200);
    const revoked = await admin(`/stations/${a.stationId}/revoke`);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ stationId: a.stationId, revokedDevices: 1, voidedCodes: 1 });
    expect((await pull(a.token)).statusCode).toBe(401);
    expect((await enroll(spare.enrollmentCode)).json()).toMatchObject({ error: 'enroll.voided' });
    expect(await listed(a.stationId)).toMatchObject({ devices: 0, deviceList: [] });
    // A new code enrols the station again.
    const fresh = (await admin(`/stations/${a.stationId}/code`)).json() as { enrollmentCode: string };
    expect((await enroll(fresh.enrollmentCode)).statusCode).toBe(200);
  });

  it('revokes one device, leaving the station’s others', async () => {
    const a = await enrolledStation();
    const second = (await admin(`/stations/${a.stationId}/code`)).json() as { enrollmentCode: string };
    const other = (await enroll(second.enrollmentCode, 'PC2')).json() as { token: string };
    const before = await listed(a.stationId);
    expect(before?.deviceList.map((d) => d.name)).toEqual(['PC', 'PC2']);
    const lost = before?.deviceList[0]?.id ?? '';
    expect((await admin(`/stations/${a.stationId}/revoke`, { enrollmentId: lost })).json()).toMatchObject({
      revokedDevices: 1,
      voidedCodes: 0,
    });
    expect((await pull(a.token)).statusCode).toBe(401);
    expect((await pull(other.token)).statusCode).toBe(200);
    expect((await listed(a.stationId))?.deviceList.map((d) => d.name)).toEqual(['PC2']);

    const unknownDevice = await admin(`/stations/${a.stationId}/revoke`, { enrollmentId: 'nope' });
    expect(unknownDevice.statusCode).toBe(404);
    expect(unknownDevice.json()).toMatchObject({ error: 'device.unknown' });
    expect((await admin('/stations/nope/revoke')).json()).toMatchObject({ error: 'station.unknown' });
    expect((await inject({ method: 'POST', url: `/api/v1/admin/stations/${a.stationId}/revoke` })).statusCode).toBe(
      401,
    );
    expect(
      (
        await inject({
          method: 'POST',
          url: `/api/v1/admin/stations/${a.stationId}/revoke`,
          headers: auth(other.token),
        })
      ).statusCode,
    ).toBe(403);
  });

  it('voids a station’s open codes when a new one is issued (a replacement PC)', async () => {
    const added = await admin('/stations', { name: '幸福村就业服务站', areaCode: '522626101' });
    const { stationId, enrollmentCode: first } = added.json() as { stationId: string; enrollmentCode: string };
    const next = (await admin(`/stations/${stationId}/code`)).json() as { enrollmentCode: string; voidedCodes: number };
    expect(next.voidedCodes).toBe(1);
    const old = await enroll(first);
    expect(old.statusCode).toBe(403);
    expect(old.json()).toMatchObject({ error: 'enroll.voided', messageZh: expect.stringContaining('已作废') });
    expect((await enroll(next.enrollmentCode)).statusCode).toBe(200);
  });

  it('shows each device’s last use, written at most once a minute', async () => {
    const a = await enrolledStation();
    expect((await listed(a.stationId))?.deviceList[0]?.lastUsedAt).toBeNull();
    const first = clock.now;
    await pull(a.token);
    expect((await listed(a.stationId))?.deviceList[0]?.lastUsedAt).toBe(first);
    clock.now += 59_000;
    await pull(a.token);
    expect((await listed(a.stationId))?.deviceList[0]?.lastUsedAt).toBe(first);
    clock.now += 1_000;
    await pull(a.token);
    expect((await listed(a.stationId))?.deviceList[0]?.lastUsedAt).toBe(clock.now);
  });

  it('renews a token older than 30 days in the answer; a lost answer costs nothing', async () => {
    const a = await enrolledStation();
    expect((await pull(a.token)).json()).not.toHaveProperty('renewedToken');
    clock.now += 31 * DAY;
    const first = (await pull(a.token)).json() as { renewedToken?: string };
    expect(first.renewedToken).toEqual(expect.any(String));
    // The answer never arrived: the station comes back with the token it has, and gets another new one.
    const again = await pull(a.token);
    expect(again.statusCode).toBe(200);
    const second = (again.json() as { renewedToken?: string }).renewedToken ?? '';
    expect(second).not.toBe(first.renewedToken);
    expect((await pull(first.renewedToken ?? '')).statusCode).toBe(401);
    // The station uses the new token: no more renewals, and the old one stops working.
    expect((await pull(second)).json()).not.toHaveProperty('renewedToken');
    expect((await pull(a.token)).statusCode).toBe(401);
    // Push answers carry it too.
    clock.now += 31 * DAY;
    const pushed = await county.push(second, [county.mutation(a.stationId)]);
    expect(pushed.json()).toMatchObject({ results: [{ status: 'applied' }], renewedToken: expect.any(String) });
  });

  it('refuses the old token once the grace period is over, and a token idle for half a year', async () => {
    const a = await enrolledStation();
    clock.now += 31 * DAY;
    expect((await pull(a.token)).json()).toHaveProperty('renewedToken');
    clock.now += 30 * DAY + 1;
    expect((await pull(a.token)).statusCode).toBe(401);

    const b = await enrolledStation('乙站');
    clock.now += 180 * DAY + 1;
    expect((await pull(b.token)).statusCode).toBe(401);
  });
});
