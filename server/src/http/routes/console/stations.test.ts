import { describe, expect, it } from 'vitest';
import { CONSOLE, consoleForEachTest } from '../../../test-support/console';
import { sqliteFactory } from '../../../test-support/databases';

interface AuditAnswer {
  entries: { username: string | null; action: string; target: string | null; detail: Record<string, unknown> }[];
}

describe('console stations', () => {
  const county = consoleForEachTest(async () => sqliteFactory());
  const { inject, loggedIn } = county;
  const post = (cookie: string | null, url: string, payload: unknown = {}) =>
    inject({
      method: 'POST',
      url: `${CONSOLE}/stations${url}`,
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      payload: JSON.stringify(payload),
    });
  const enroll = (enrollmentCode: string) =>
    inject({ method: 'POST', url: '/api/v1/enroll', payload: { enrollmentCode, deviceName: 'PC-1' } });

  it('answers 401 without a session, and a viewer reads but may not add, issue codes or revoke', async () => {
    expect((await inject({ method: 'GET', url: `${CONSOLE}/stations` })).statusCode).toBe(401);
    expect((await post(null, '', { name: '幸福村就业服务站', areaCode: '522626101' })).statusCode).toBe(401);
    const { stationId } = await county.service.addStation({ name: '幸福村就业服务站', areaCode: '522626101' });
    const viewer = await loggedIn('kan', 'viewer');
    const list = await inject({ method: 'GET', url: `${CONSOLE}/stations`, headers: { cookie: viewer } });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ silentAfterDays: 7, stations: [{ id: stationId }] });
    for (const [url, body] of [
      ['', { name: '和平村就业服务站', areaCode: '522626102' }],
      [`/${stationId}/code`, {}],
      [`/${stationId}/revoke`, {}],
    ] as const) {
      const r = await post(viewer, url, body);
      expect([url, r.statusCode]).toEqual([url, 403]);
    }
    expect(await county.service.listStations()).toHaveLength(1);
  });

  it('adds a station, issues a new code voiding the old, revokes its devices, each audited without the code', async () => {
    const admin = await loggedIn('guan');
    const added = await post(admin, '', { name: '和平村就业服务站', areaCode: '522626102' });
    expect(added.statusCode).toBe(201);
    const { stationId, enrollmentCode: first } = added.json() as { stationId: string; enrollmentCode: string };

    const code = await post(admin, `/${stationId}/code`);
    expect(code.statusCode).toBe(200);
    const { enrollmentCode: second, voidedCodes } = code.json() as { enrollmentCode: string; voidedCodes: number };
    expect(voidedCodes).toBe(1);
    expect((await enroll(first)).statusCode).not.toBe(200);
    const enrolled = await enroll(second);
    expect(enrolled.statusCode).toBe(200);
    const { token } = enrolled.json() as { token: string };

    const revoked = await post(admin, `/${stationId}/revoke`);
    expect(revoked.json()).toMatchObject({ stationId, revokedDevices: 1 });
    const pull = await inject({
      method: 'GET',
      url: '/api/v1/sync/pull?since=0',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(pull.statusCode).toBe(401);

    const audit = (
      await inject({ method: 'GET', url: `${CONSOLE}/audit`, headers: { cookie: admin } })
    ).json() as AuditAnswer;
    expect(audit.entries.slice(0, 3).map((e) => [e.username, e.action, e.target])).toEqual([
      ['guan', 'station.revoke', stationId],
      ['guan', 'station.code', stationId],
      ['guan', 'station.add', stationId],
    ]);
    expect(audit.entries[0]?.detail).toMatchObject({ deviceId: null, revokedDevices: 1 });
    expect(JSON.stringify(audit)).not.toContain(first);
    expect(JSON.stringify(audit)).not.toContain(second);
  });

  it('answers bad input with 400 and an unknown station with 404, in Chinese', async () => {
    const admin = await loggedIn('guan');
    for (const body of [{ name: '', areaCode: '522626102' }, { name: '站', areaCode: 'abc' }, { name: '站' }]) {
      const r = await post(admin, '', body);
      expect([body, r.statusCode]).toEqual([body, 400]);
      expect((r.json() as { messageZh: string }).messageZh).toContain('站点参数不对');
    }
    const month = await inject({ method: 'GET', url: `${CONSOLE}/stations?month=2026-13`, headers: { cookie: admin } });
    expect(month.statusCode).toBe(400);
    const unknown = await post(admin, '/0193a000-0000-7000-8000-00000000ffff/code');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ messageZh: expect.stringContaining('没有这个站点') });
    expect((await post(admin, '/a%2Fb/revoke')).statusCode).toBe(400);
  });
});
