import { describe, expect, it } from 'vitest';
import { encodeHlc } from '#shared/sync/hlc';
import { ADMIN, auth, countyForEachTest, DAY } from '../../test-support/county';
import { testBackends } from '../../test-support/databases';

const MINUTE = 60_000;

describe.each(testBackends())('changes held for a clock ahead ($name)', ({ make }) => {
  const county = countyForEachTest(make, { holdLimits: { maxAheadMs: 2 * DAY, maxPerStation: 3 } });
  const { clock, inject, enrolledStation, mutation, push } = county;
  const admin = (url: string, payload: Record<string, unknown>) =>
    inject({ method: 'POST', url: `/api/v1/admin${url}`, headers: auth(ADMIN), payload });

  it('replaces a held change its station re-stamps to the county time, and applies it', async () => {
    const a = await enrolledStation();
    const ahead = mutation(a.stationId, {}, clock.now + DAY);
    expect((await push(a.token, [ahead])).json()).toMatchObject({ results: [{ status: 'held' }] });
    const restamped = { ...ahead, hlc: encodeHlc({ ms: clock.now, counter: 0, node: 'dev' }) };
    expect((await push(a.token, [restamped])).json()).toMatchObject({ results: [{ status: 'applied' }] });
    expect(await county.service.hold.list()).toHaveLength(0);
    expect((await push(a.token, [ahead])).json()).toMatchObject({ results: [{ status: 'duplicate' }] });
    const b = await enrolledStation('乙站');
    const pulled = (
      await inject({ method: 'GET', url: '/api/v1/sync/pull?since=0', headers: auth(b.token) })
    ).json() as { changes: { hlc: string }[] };
    expect(pulled.changes.map((c) => c.hlc)).toEqual([restamped.hlc]);
  });

  it('refuses, in Chinese, a push parking a clock too far ahead or more than a station may park', async () => {
    const a = await enrolledStation();
    const far = await push(a.token, [mutation(a.stationId, {}, clock.now + 3 * DAY)]);
    expect(far.statusCode).toBe(422);
    expect(far.json()).toMatchObject({ error: 'clock.tooFarAhead', messageZh: expect.stringContaining('日期和时间') });
    const three = [1, 2, 3].map(() => mutation(a.stationId, {}, clock.now + DAY));
    expect((await push(a.token, three)).json()).toMatchObject({ results: three.map(() => ({ status: 'held' })) });
    // The same three again are no new parking; a fourth is.
    expect((await push(a.token, three)).statusCode).toBe(200);
    const full = await push(a.token, [mutation(a.stationId, {}, clock.now + DAY)]);
    expect(full.statusCode).toBe(422);
    expect(full.json()).toMatchObject({ error: 'held.full', messageZh: expect.stringContaining('最多 3 条') });
    // Nothing of the refused pushes was kept, and another station may still park.
    expect(await county.service.hold.list()).toHaveLength(3);
    const b = await enrolledStation('乙站');
    expect((await push(b.token, [mutation(b.stationId, {}, clock.now + DAY)])).json()).toMatchObject({
      results: [{ status: 'held' }],
    });
  });

  it('lets the admin list, release (at county time) and refuse held changes; the station hears a refusal', async () => {
    const a = await enrolledStation();
    const [keep, drop] = [mutation(a.stationId, {}, clock.now + DAY), mutation(a.stationId, {}, clock.now + DAY)];
    await push(a.token, [keep, drop]);
    const listed = (await inject({ method: 'GET', url: '/api/v1/admin/quarantine', headers: auth(ADMIN) })).json() as {
      quarantine: { id: string; stationId: string; refusal: unknown }[];
    };
    expect(listed.quarantine.map((h) => h.id).sort()).toEqual([keep.id, drop.id].sort());
    expect(listed.quarantine.every((h) => h.stationId === a.stationId && h.refusal === null)).toBe(true);

    const refused = await admin('/quarantine/refuse', { ids: [drop.id, 'nope'], reason: '日期不对' });
    expect(refused.json()).toMatchObject({ refused: [drop.id], missing: ['nope'] });
    expect((await push(a.token, [drop])).json()).toMatchObject({
      results: [{ status: 'rejected', code: 'held.refused', message: '日期不对' }],
    });

    const released = await admin('/quarantine/release', { ids: [keep.id, drop.id] });
    expect(released.json()).toMatchObject({ released: 1, refused: [], missing: [drop.id] });
    expect(await county.service.record('villages', keep.recordId)).toMatchObject({ name: '幸福村' });
    const stored = (await inject({ method: 'GET', url: '/api/v1/sync/pull?since=0', headers: auth(ADMIN) })).json() as {
      changes: { hlc: string }[];
    };
    expect(stored.changes.map((c) => c.hlc)).toEqual([encodeHlc({ ms: clock.now, counter: 0, node: 'dev' })]);
    expect((await push(a.token, [keep])).json()).toMatchObject({ results: [{ status: 'duplicate' }] });
  });

  it('keeps, with why, a held change the rules refuse at its release, and reports it', async () => {
    const a = await enrolledStation();
    const b = await enrolledStation('乙站');
    const own = mutation(b.stationId);
    await push(b.token, [own]);
    // A's change to B's record is refused for scope before any hold; a held one only learns at release that its
    // record meanwhile became another station's.
    const later = mutation(a.stationId, {}, clock.now + 10 * MINUTE);
    expect((await push(a.token, [later])).json()).toMatchObject({ results: [{ status: 'held' }] });
    await push(b.token, [
      { ...mutation(b.stationId), recordId: later.recordId, fields: { ...own.fields, id: later.recordId } },
    ]);
    clock.now += 10 * MINUTE;
    const report = await county.service.hold.releaseDue();
    expect(report).toMatchObject({ released: 0, refused: [{ id: later.id, stationId: a.stationId, code: 'scope' }] });
    expect((await county.service.hold.list()).map((h) => h.refusal?.code)).toEqual(['scope']);
    expect((await push(a.token, [later])).json()).toMatchObject({ results: [{ status: 'rejected', code: 'scope' }] });
  });
});
