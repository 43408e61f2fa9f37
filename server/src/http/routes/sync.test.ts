import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { COMPACT_CONTENT_TYPE, COMPACT_LAYOUT_2, encodeCompact } from '#shared/sync/columns';
import { encodeHlc } from '#shared/sync/hlc';
import { EPOCH_HEADER } from '#shared/sync/wire';
import { ADMIN, auth, countyForEachTest } from '../../test-support/county';

const county = countyForEachTest();
const { clock, inject, enrolledStation, mutation, push } = county;

describe('county server security: push and pull', () => {
  it('does not let a station push another station’s records or pull its seekers', async () => {
    const a = await enrolledStation('甲站');
    const b = await enrolledStation('乙站');
    const own = mutation(a.stationId);
    expect((await push(a.token, [own])).json()).toMatchObject({ results: [{ status: 'applied' }] });
    // B claims to be A
    const claim = await push(b.token, [mutation(a.stationId)]);
    expect(claim.json()).toMatchObject({ results: [{ status: 'rejected', code: 'scope' }] });
    // B edits A's record without naming a station
    const edit = await push(b.token, [{ ...mutation(b.stationId), recordId: own.recordId, fields: { name: '改名' } }]);
    expect(edit.json()).toMatchObject({ results: [{ status: 'rejected', code: 'scope' }] });
    expect(await county.service.record('villages', own.recordId)).toMatchObject({ name: '幸福村' });

    // A's seeker is invisible to B; A's shared village is visible.
    const seekerId = uuidv7();
    const seeker = {
      id: uuidv7(),
      table: 'seekers',
      recordId: seekerId,
      op: 'upsert',
      hlc: encodeHlc({ ms: clock.now, counter: 999, node: 'dev' }),
      fields: { id: seekerId, stationId: a.stationId, name: '李秀英' },
    };
    expect((await push(a.token, [seeker])).json()).toMatchObject({ results: [{ status: 'applied' }] });
    const pulled = (
      await inject({ method: 'GET', url: '/api/v1/sync/pull?since=0', headers: auth(b.token) })
    ).json() as { changes: { table: string }[] };
    expect(pulled.changes.map((c) => c.table)).toEqual(['villages']);
    const adminPull = (
      await inject({ method: 'GET', url: '/api/v1/sync/pull?since=0', headers: auth(ADMIN) })
    ).json() as { changes: { table: string }[] };
    expect(adminPull.changes.map((c) => c.table).sort()).toEqual(['seekers', 'villages']);
  });

  it('keeps append-only tables append-only', async () => {
    const a = await enrolledStation();
    const entryId = uuidv7();
    const entry = {
      id: entryId,
      stationId: a.stationId,
      at: 1,
      hlc: encodeHlc({ ms: clock.now, counter: 1, node: 'dev' }),
      actorId: null,
      actorName: null,
      action: 'x',
      table: 'seekers',
      recordId: 'r',
      fields: [],
      reason: null,
    };
    const m = { id: uuidv7(), table: 'audit', recordId: entryId, op: 'upsert', hlc: entry.hlc, fields: entry };
    expect((await push(a.token, [m])).json()).toMatchObject({ results: [{ status: 'applied' }] });
    expect((await push(a.token, [m])).json()).toMatchObject({ results: [{ status: 'duplicate' }] });
    const changed = { ...m, id: uuidv7(), fields: { ...entry, action: 'y' } };
    expect((await push(a.token, [changed])).json()).toMatchObject({
      results: [{ status: 'rejected', code: 'append-only' }],
    });
    expect((await push(a.token, [{ ...m, id: uuidv7(), op: 'delete' }])).json()).toMatchObject({
      results: [{ status: 'rejected', code: 'append-only' }],
    });
  });

  it('holds a clock more than five minutes ahead, answered held, until the release job finds it due', async () => {
    const a = await enrolledStation();
    const b = await enrolledStation('乙站');
    const ahead = mutation(a.stationId, {}, clock.now + 10 * 60_000);
    expect((await push(a.token, [ahead])).json()).toMatchObject({
      results: [{ status: 'held', code: 'clock.ahead' }],
    });
    expect((await push(a.token, [ahead])).json()).toMatchObject({ results: [{ status: 'held' }] });
    expect(await county.service.record('villages', ahead.recordId)).toBeNull();
    expect(await county.service.hold.list()).toHaveLength(1);
    clock.now += 6 * 60_000;
    // A pull no longer releases anything: that is the job's work, outside every request.
    const early = (
      await inject({ method: 'GET', url: '/api/v1/sync/pull?since=0', headers: auth(b.token) })
    ).json() as { changes: unknown[] };
    expect(early.changes).toHaveLength(0);
    expect(await county.service.hold.releaseDue()).toEqual({ released: 1, refused: [] });
    const pulled = (
      await inject({ method: 'GET', url: '/api/v1/sync/pull?since=0', headers: auth(b.token) })
    ).json() as { changes: unknown[] };
    expect(pulled.changes).toHaveLength(1);
    expect(await county.service.hold.list()).toHaveLength(0);
    expect(await county.service.record('villages', ahead.recordId)).toMatchObject({ name: '幸福村' });
    expect((await push(a.token, [ahead])).json()).toMatchObject({ results: [{ status: 'duplicate' }] });
  });
});

describe('the compact batch encoding', () => {
  it('is advertised, stores the same mutations as plain JSON and answers by position', async () => {
    expect((await inject({ method: 'GET', url: '/api/v1/health' })).json()).toMatchObject({
      encodings: ['application/json', COMPACT_CONTENT_TYPE, COMPACT_LAYOUT_2],
    });
    const a = await enrolledStation();
    const b = await enrolledStation('乙站');
    const first = mutation(a.stationId);
    const refused = mutation(b.stationId);
    const body = encodeCompact(
      1,
      [first, first, refused].map((m) => ({ ...m, op: 'upsert' as const })),
    );
    const r = await inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: { ...auth(a.token), 'content-type': COMPACT_CONTENT_TYPE },
      payload: JSON.stringify(body),
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ statuses: 'adr', rejected: [{ i: 2, code: 'scope' }] });
    expect(await county.service.record('villages', first.recordId)).toMatchObject({
      name: '幸福村',
      id: first.recordId,
    });
    const broken = await inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: { ...auth(a.token), 'content-type': COMPACT_CONTENT_TYPE },
      payload: JSON.stringify({ ...body, ms: [1] }),
    });
    expect(broken.statusCode).toBe(400);
  });

  it('takes layout 2 the same way', async () => {
    const a = await enrolledStation();
    const first = { ...mutation(a.stationId), op: 'upsert' as const };
    const r = await inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: { ...auth(a.token), 'content-type': COMPACT_CONTENT_TYPE },
      payload: JSON.stringify(encodeCompact(1, [first], 2)),
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ statuses: 'a' });
    expect(await county.service.record('villages', first.recordId)).toMatchObject({ name: '幸福村' });
  });
});

describe('refusals of malformed pushes and pulls', () => {
  it('says what was wrong with a push, after the token and before the service', async () => {
    const a = await enrolledStation();
    const bad = { id: 'x', table: 'villages', recordId: 'r', op: 'z', hlc: 'bad', fields: {} };
    expect((await push(a.token, [])).json()).toMatchObject({
      error: 'request.invalid',
      message: 'Invalid push: mutations: Too small: expected array to have >=1 items',
      messageZh: '上传的数据格式不对',
    });
    const malformed = await push(a.token, [bad]);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({
      message:
        'Invalid push: mutations.0.id: Invalid UUID; mutations.0.op: Invalid option: expected one of "upsert"|"delete"; mutations.0.hlc: hlc.format',
    });
    expect((await push('nope', [bad])).json()).toMatchObject({ error: 'auth.required' });
    const newer = await inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: auth(a.token),
      payload: { schemaVersion: 9, mutations: [mutation(a.stationId)] },
    });
    expect(newer.json()).toMatchObject({ error: 'schema.newer', message: "Schema 9 is newer than this server's (1)" });
    const asAdmin = await push(ADMIN, [mutation(a.stationId)]);
    expect(asAdmin.statusCode).toBe(403);
    expect(asAdmin.json()).toMatchObject({ error: 'push.adminNoStation' });
  });

  it('decodes a compact batch before the push schema sees it, and refuses one that does not decode', async () => {
    const a = await enrolledStation();
    const r = await inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: { ...auth(a.token), 'content-type': COMPACT_CONTENT_TYPE },
      payload: JSON.stringify({ schemaVersion: 1, mutations: [] }),
    });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({
      error: 'request.invalid',
      message: 'Not a compact batch: recordId Invalid input: expected array, received undefined',
      messageZh: '上传的数据格式不对',
    });
  });

  it('says what was wrong with a pull', async () => {
    const a = await enrolledStation();
    const r = await inject({ method: 'GET', url: '/api/v1/sync/pull?limit=0', headers: auth(a.token) });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({
      error: 'request.invalid',
      message: 'Invalid pull: limit: Too small: expected number to be >=1',
      messageZh: '下载请求的参数不对',
    });
    expect((await inject({ method: 'GET', url: '/api/v1/sync/pull?since=abc' })).statusCode).toBe(401);
    const page = await inject({ method: 'GET', url: '/api/v1/sync/pull', headers: auth(a.token) });
    expect(page.json()).toMatchObject({ changes: [], nextSince: 0, hasMore: false });
  });

  it('refuses, unapplied, a push built for another epoch; takes one for this epoch or naming none', async () => {
    const a = await enrolledStation();
    const pushAs = (epoch: string | null, mutations: unknown[]) =>
      inject({
        method: 'POST',
        url: '/api/v1/sync/push',
        headers: { ...auth(a.token), ...(epoch === null ? {} : { [EPOCH_HEADER]: epoch }) },
        payload: { schemaVersion: 1, mutations },
      });
    const stale = mutation(a.stationId);
    const refused = await pushAs('an-epoch-before-a-restore', [stale]);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ error: 'epoch.changed', serverEpoch: county.service.epoch });
    expect(refused.json().messageZh).toMatch(/备份恢复/);
    expect(await county.service.record('villages', stale.recordId)).toBeNull();

    const current = await pushAs(county.service.epoch, [stale]);
    expect(current.json()).toMatchObject({ results: [{ status: 'applied' }] });
    const unnamed = await pushAs(null, [mutation(a.stationId)]);
    expect(unnamed.json()).toMatchObject({ results: [{ status: 'applied' }] });
  });
});
