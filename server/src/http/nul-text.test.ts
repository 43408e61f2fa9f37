import { describe, expect, it } from 'vitest';
import { ADMIN, auth, countyForEachTest } from '../test-support/county';
import { testBackends } from '../test-support/databases';

const NUL = '\u0000';

// PostgreSQL cannot store a NUL character in text: the server must refuse it as bad input, never fail on it
// (a 5xx makes the station send the same batch again, forever).
describe.each(testBackends())('text holding a NUL character ($name)', ({ make }) => {
  const county = countyForEachTest(make);
  const { inject, enrolledStation, mutation, push } = county;

  it('rejects the one mutation holding it and applies the rest of the batch', async () => {
    const a = await enrolledStation();
    const before = mutation(a.stationId);
    const inRecordId = mutation(a.stationId, { recordId: `r${NUL}1`, fields: { name: '幸福村' } });
    const inTable = mutation(a.stationId, { table: `villages${NUL}`, fields: { name: '幸福村' } });
    const inField = mutation(a.stationId);
    const inValue = { ...inField, fields: { ...inField.fields, name: `幸福${NUL}村` } };
    const inKey = mutation(a.stationId, { fields: { [`na${NUL}me`]: '幸福村' } });
    const after = mutation(a.stationId);
    const r = await push(a.token, [before, inRecordId, inTable, inValue, inKey, after]);
    expect(r.statusCode).toBe(200);
    const nul = { status: 'rejected', code: 'text.nul' };
    expect(r.json()).toMatchObject({
      results: [{ status: 'applied' }, nul, nul, nul, nul, { status: 'applied' }],
    });
    expect(await county.service.record('villages', before.recordId)).toMatchObject({ name: '幸福村' });
    expect(await county.service.record('villages', after.recordId)).toMatchObject({ name: '幸福村' });
    expect(await county.service.record('villages', inValue.recordId)).toBeNull();
  });

  it('refuses it with a 400 in a station, an enrolment or an address, with a Chinese message', async () => {
    const station = await inject({
      method: 'POST',
      url: '/api/v1/admin/stations',
      headers: auth(ADMIN),
      payload: { name: `幸福${NUL}村`, areaCode: '522626101' },
    });
    expect(station.statusCode).toBe(400);
    expect(station.json()).toMatchObject({ messageZh: expect.stringContaining('空字符') });

    const added = await inject({
      method: 'POST',
      url: '/api/v1/admin/stations',
      headers: auth(ADMIN),
      payload: { name: '幸福村就业服务站', areaCode: '522626101' },
    });
    const { enrollmentCode } = added.json() as { enrollmentCode: string };
    const enrol = await inject({
      method: 'POST',
      url: '/api/v1/enroll',
      payload: { enrollmentCode, deviceName: `PC${NUL}` },
    });
    expect(enrol.statusCode).toBe(400);
    expect(enrol.json()).toMatchObject({ error: 'request.nul', messageZh: expect.stringContaining('空字符') });

    const code = await inject({ method: 'POST', url: '/api/v1/admin/stations/a%00b/code', headers: auth(ADMIN) });
    expect(code.statusCode).toBe(400);
    expect(code.json()).toMatchObject({ error: 'request.nul' });
  });
});
