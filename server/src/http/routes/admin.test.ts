import { describe, expect, it } from 'vitest';
import { ADMIN, auth, countyForEachTest } from '../../test-support/county';

const county = countyForEachTest();
const { inject, enrolledStation } = county;

describe('county server security: tokens and admin routes', () => {
  it('refuses missing and bad tokens with 401, and station tokens on admin calls with 403', async () => {
    const { token } = await enrolledStation();
    expect(
      (await inject({ method: 'POST', url: '/api/v1/sync/push', payload: { schemaVersion: 1, mutations: [] } }))
        .statusCode,
    ).toBe(401);
    expect((await inject({ method: 'GET', url: '/api/v1/sync/pull', headers: auth('nope') })).statusCode).toBe(401);
    expect(
      (await inject({ method: 'GET', url: '/api/v1/sync/pull', headers: { authorization: token } })).statusCode,
    ).toBe(401);
    const asStation = await inject({ method: 'GET', url: '/api/v1/admin/stations', headers: auth(token) });
    expect(asStation.statusCode).toBe(403);
    expect(asStation.json()).toMatchObject({ error: 'auth.admin', messageZh: expect.stringContaining('县管理员') });
    expect(
      (await inject({ method: 'POST', url: '/api/v1/admin/stations', payload: { name: 'x', areaCode: '522626' } }))
        .statusCode,
    ).toBe(401);
  });

  it('stores tokens hashed: the database never holds a token', async () => {
    const { token } = await enrolledStation();
    const backup = JSON.stringify(await county.service.listStations());
    expect(backup).not.toContain(token);
  });

  it('refuses an invalid station with what was wrong, in both languages, and an unknown one with 404', async () => {
    const r = await inject({
      method: 'POST',
      url: '/api/v1/admin/stations',
      headers: auth(ADMIN),
      payload: { name: '', areaCode: '1' },
    });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toEqual({
      error: 'station.invalid',
      message: 'Invalid station: name: name.empty; areaCode: areaCode.length',
      messageZh: '站点信息有误：name: name.empty; areaCode: areaCode.length',
      serverEpoch: county.service.epoch,
      serverTime: expect.any(Number),
    });
    const unknown = await inject({ method: 'POST', url: '/api/v1/admin/stations/nope/code', headers: auth(ADMIN) });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: 'station.unknown', messageZh: '没有这个站点：nope' });
  });

  it('checks the token before the body: no token and a malformed body is a 401, a station’s a 403', async () => {
    const { token } = await enrolledStation();
    const noToken = await inject({ method: 'POST', url: '/api/v1/admin/stations', payload: { nope: 1 } });
    expect(noToken.statusCode).toBe(401);
    expect(noToken.json()).toMatchObject({ error: 'auth.required', message: 'A valid token is needed' });
    const asStation = await inject({
      method: 'POST',
      url: '/api/v1/admin/stations',
      headers: auth(token),
      payload: { nope: 1 },
    });
    expect(asStation.json()).toMatchObject({ error: 'auth.admin', message: 'Only the county admin may do this' });
  });
});
