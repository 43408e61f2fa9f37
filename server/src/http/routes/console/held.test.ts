import { describe, expect, it } from 'vitest';
import { CONSOLE, consoleForEachTest } from '../../../test-support/console';
import { testBackends } from '../../../test-support/databases';

const DAY = 24 * 60 * 60 * 1000;

interface HeldAnswer {
  serverTime: number;
  stations: {
    stationId: string;
    name: string;
    held: number;
    refused: number;
    oldestReceivedAt: number | null;
    furthestAheadMs: number;
  }[];
}
interface AuditAnswer {
  entries: {
    username: string | null;
    action: string;
    target: string | null;
    reason: string | null;
    detail: Record<string, unknown>;
  }[];
}

describe.each(testBackends())('console held changes ($name)', ({ make }) => {
  const county = consoleForEachTest(make);
  const { inject, loggedIn, mutation, push, clock } = county;
  const get = (cookie: string | null) =>
    inject({ method: 'GET', url: `${CONSOLE}/held`, headers: cookie ? { cookie } : {} });
  const post = (cookie: string | null, url: string, payload: unknown) =>
    inject({
      method: 'POST',
      url: `${CONSOLE}/held${url}`,
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      payload: JSON.stringify(payload),
    });
  async function station(name: string) {
    const { enrollmentCode } = await county.service.addStation({ name, areaCode: '522626101' });
    return county.service.enroll({ enrollmentCode, deviceName: 'PC' });
  }

  it('answers 401 without a session; a viewer sees the hold per station but may not release or refuse', async () => {
    const a = await station('幸福村就业服务站');
    await push(a.token, [mutation(a.stationId, {}, clock.now + DAY), mutation(a.stationId, {}, clock.now + 2 * DAY)]);
    expect((await get(null)).statusCode).toBe(401);
    expect((await post(null, '/release', { stationId: a.stationId })).statusCode).toBe(401);
    const viewer = await loggedIn('kan', 'viewer');
    const seen = (await get(viewer)).json() as HeldAnswer;
    expect(seen.stations).toEqual([
      {
        stationId: a.stationId,
        name: '幸福村就业服务站',
        areaCode: '522626101',
        held: 2,
        refused: 0,
        oldestReceivedAt: clock.now,
        furthestAheadMs: 2 * DAY,
      },
    ]);
    expect((await post(viewer, '/release', { stationId: a.stationId })).statusCode).toBe(403);
    expect((await post(viewer, '/refuse', { stationId: a.stationId, reason: '日期不对' })).statusCode).toBe(403);
    expect(await county.service.hold.list()).toHaveLength(2);
  });

  it('releases a station’s held changes, reporting and keeping one the rules refuse then; audited', async () => {
    const a = await station('幸福村就业服务站');
    const b = await station('和平村就业服务站');
    const [keep, lost] = [mutation(a.stationId, {}, clock.now + DAY), mutation(a.stationId, {}, clock.now + DAY)];
    await push(a.token, [keep, lost]);
    // Meanwhile another station made the record the second held change is about: it is no longer A's to change.
    const taken = mutation(b.stationId, { recordId: lost.recordId });
    taken.fields.id = lost.recordId;
    expect((await push(b.token, [taken])).json()).toMatchObject({ results: [{ status: 'applied' }] });

    const admin = await loggedIn('wang');
    const released = await post(admin, '/release', { stationId: a.stationId });
    expect(released.statusCode).toBe(200);
    expect(released.json()).toMatchObject({
      released: 1,
      refused: [{ id: lost.id, stationId: a.stationId, code: 'scope', message: expect.any(String) }],
    });
    expect(await county.service.record('villages', keep.recordId)).toMatchObject({ stationId: a.stationId });
    expect((await get(admin)).json()).toMatchObject({ stations: [{ stationId: a.stationId, held: 0, refused: 1 }] });
    const audit = (
      await inject({ method: 'GET', url: `${CONSOLE}/audit`, headers: { cookie: admin } })
    ).json() as AuditAnswer;
    expect(audit.entries[0]).toMatchObject({
      username: 'wang',
      action: 'held.release',
      target: a.stationId,
      detail: { released: 1, refusedAtRelease: 1, refusedIds: `${lost.id} scope` },
    });
  });

  it('refuses a station’s held changes with a reason, which is audited; an empty reason is a 400 in Chinese', async () => {
    const a = await station('幸福村就业服务站');
    await push(a.token, [mutation(a.stationId, {}, clock.now + DAY)]);
    const admin = await loggedIn('wang');
    const empty = await post(admin, '/refuse', { stationId: a.stationId, reason: ' ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ messageZh: expect.stringContaining('请写明拒收原因') });
    const refused = await post(admin, '/refuse', { stationId: a.stationId, reason: '电脑日期错了' });
    expect(refused.json()).toMatchObject({ refused: 1 });
    expect((await county.service.hold.list())[0]?.refusal).toMatchObject({ message: '电脑日期错了' });
    const audit = (
      await inject({ method: 'GET', url: `${CONSOLE}/audit`, headers: { cookie: admin } })
    ).json() as AuditAnswer;
    expect(audit.entries[0]).toMatchObject({
      action: 'held.refuse',
      target: a.stationId,
      reason: '电脑日期错了',
      detail: { refused: 1 },
    });
  });
});
