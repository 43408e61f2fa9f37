import { describe, expect, it } from 'vitest';
import { ADMIN, auth, countyForEachTest, DAY } from '../../test-support/county';

const county = countyForEachTest();
const { clock, inject, enrolledStation } = county;

describe('county server security: enrolment codes', () => {
  it('lets an enrolment code work once', async () => {
    const { enrollmentCode } = await enrolledStation();
    const again = await inject({
      method: 'POST',
      url: '/api/v1/enroll',
      payload: { enrollmentCode, deviceName: 'PC2' },
    });
    expect(again.statusCode).toBe(403);
    expect(again.json()).toMatchObject({ error: 'enroll.used' });
  });

  it('refuses an expired code', async () => {
    const added = await inject({
      method: 'POST',
      url: '/api/v1/admin/stations',
      headers: auth(ADMIN),
      payload: { name: '站', areaCode: '522626' },
    });
    clock.now += 15 * DAY;
    const r = await inject({
      method: 'POST',
      url: '/api/v1/enroll',
      payload: { enrollmentCode: (added.json() as { enrollmentCode: string }).enrollmentCode, deviceName: 'PC' },
    });
    expect(r.json()).toMatchObject({ error: 'enroll.expired' });
  });

  it('refuses an invalid enrolment with what was wrong', async () => {
    const r = await inject({ method: 'POST', url: '/api/v1/enroll', payload: { enrollmentCode: 'x' } });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({
      error: 'request.invalid',
      message: 'Invalid enrolment: deviceName: Invalid input: expected string, received undefined',
      messageZh: '注册信息不完整',
    });
    const unknown = await inject({
      method: 'POST',
      url: '/api/v1/enroll',
      payload: { enrollmentCode: 'AAAA-BBBB-CCCC', deviceName: ' PC ' },
    });
    expect(unknown.json()).toMatchObject({ error: 'enroll.badCode' });
  });
});
