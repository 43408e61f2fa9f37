import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMPACT_CONTENT_TYPE, encodeCompact } from '#shared/sync/columns';
import { encodeHlc } from '#shared/sync/hlc';
import { buildApp } from './app';
import { createService, type Service } from './service';
import { openSqlite } from './store/sqlite';

const ADMIN = 'admin-token-for-tests-000000000000';
const DAY = 24 * 60 * 60 * 1000;

let app: FastifyInstance;
let service: Service;
const clock = { now: Date.UTC(2026, 10, 25, 10) };

beforeEach(async () => {
  clock.now = Date.UTC(2026, 10, 25, 10);
  service = createService(openSqlite(':memory:'), { adminToken: ADMIN, now: () => clock.now });
  await service.init();
  app = await buildApp({
    service,
    version: 'test',
    rateLimitPerMinute: 1_000_000,
    enrollLimitPerMinute: 1_000_000,
    maxPushBytes: 64 * 1024,
    now: () => clock.now,
  });
});
afterEach(async () => {
  await app.close();
});

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

async function enrolledStation(name = '幸福村就业服务站') {
  const added = await app.inject({
    method: 'POST',
    url: '/api/v1/admin/stations',
    headers: auth(ADMIN),
    payload: { name, areaCode: '522626101' },
  });
  expect(added.statusCode).toBe(201);
  const { enrollmentCode } = added.json() as { enrollmentCode: string };
  const enrolled = await app.inject({
    method: 'POST',
    url: '/api/v1/enroll',
    payload: { enrollmentCode, deviceName: 'PC' },
  });
  expect(enrolled.statusCode).toBe(200);
  return { ...(enrolled.json() as { stationId: string; token: string }), enrollmentCode };
}

let tick = 0;
function mutation(stationId: string, overrides: Record<string, unknown> = {}, hlcMs = clock.now) {
  tick += 1;
  const recordId = uuidv7();
  return {
    id: uuidv7(),
    table: 'villages',
    recordId,
    op: 'upsert',
    hlc: encodeHlc({ ms: hlcMs, counter: tick % 1000, node: 'dev' }),
    fields: {
      id: recordId,
      stationId,
      createdAt: 1,
      deleted: false,
      code: '522626101203',
      name: '幸福村',
      latitude: 26.5,
      longitude: 107.9,
      validFrom: null,
      validTo: null,
    },
    ...overrides,
  };
}

const push = (token: string, mutations: unknown[]) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/sync/push',
    headers: auth(token),
    payload: { schemaVersion: 1, mutations },
  });

describe('county server security', () => {
  it('answers health to anyone, with the epoch and the server clock', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({
      ok: true,
      serverEpoch: service.epoch,
      serverTime: clock.now,
      maxPushBytes: 64 * 1024,
    });
  });

  it('refuses missing and bad tokens with 401, and station tokens on admin calls with 403', async () => {
    const { token } = await enrolledStation();
    expect(
      (await app.inject({ method: 'POST', url: '/api/v1/sync/push', payload: { schemaVersion: 1, mutations: [] } }))
        .statusCode,
    ).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/v1/sync/pull', headers: auth('nope') })).statusCode).toBe(401);
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/sync/pull', headers: { authorization: token } })).statusCode,
    ).toBe(401);
    const asStation = await app.inject({ method: 'GET', url: '/api/v1/admin/stations', headers: auth(token) });
    expect(asStation.statusCode).toBe(403);
    expect(asStation.json()).toMatchObject({ error: 'auth.admin', messageZh: expect.stringContaining('县管理员') });
    expect(
      (await app.inject({ method: 'POST', url: '/api/v1/admin/stations', payload: { name: 'x', areaCode: '522626' } }))
        .statusCode,
    ).toBe(401);
  });

  it('lets an enrolment code work once', async () => {
    const { enrollmentCode } = await enrolledStation();
    const again = await app.inject({
      method: 'POST',
      url: '/api/v1/enroll',
      payload: { enrollmentCode, deviceName: 'PC2' },
    });
    expect(again.statusCode).toBe(403);
    expect(again.json()).toMatchObject({ error: 'enroll.used' });
  });

  it('refuses an expired code', async () => {
    const added = await app.inject({
      method: 'POST',
      url: '/api/v1/admin/stations',
      headers: auth(ADMIN),
      payload: { name: '站', areaCode: '522626' },
    });
    clock.now += 15 * DAY;
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/enroll',
      payload: { enrollmentCode: (added.json() as { enrollmentCode: string }).enrollmentCode, deviceName: 'PC' },
    });
    expect(r.json()).toMatchObject({ error: 'enroll.expired' });
  });

  it('stores tokens hashed: the database never holds a token', async () => {
    const { token } = await enrolledStation();
    const backup = JSON.stringify(await service.listStations());
    expect(backup).not.toContain(token);
  });

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
    expect(await service.record('villages', own.recordId)).toMatchObject({ name: '幸福村' });

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
      await app.inject({ method: 'GET', url: '/api/v1/sync/pull?since=0', headers: auth(b.token) })
    ).json() as { changes: { table: string }[] };
    expect(pulled.changes.map((c) => c.table)).toEqual(['villages']);
    const adminPull = (
      await app.inject({ method: 'GET', url: '/api/v1/sync/pull?since=0', headers: auth(ADMIN) })
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

  it('quarantines a clock more than a day ahead until it is due', async () => {
    const a = await enrolledStation();
    const b = await enrolledStation('乙站');
    const ahead = mutation(a.stationId, {}, clock.now + DAY + 60_000);
    expect((await push(a.token, [ahead])).json()).toMatchObject({
      results: [{ status: 'applied', code: 'quarantined' }],
    });
    expect((await push(a.token, [ahead])).json()).toMatchObject({ results: [{ status: 'duplicate' }] });
    expect(await service.record('villages', ahead.recordId)).toBeNull();
    expect(await service.quarantine()).toHaveLength(1);
    clock.now += 2 * 60_000;
    const pulled = (
      await app.inject({ method: 'GET', url: '/api/v1/sync/pull?since=0', headers: auth(b.token) })
    ).json() as { changes: unknown[] };
    expect(pulled.changes).toHaveLength(1);
    expect(await service.quarantine()).toHaveLength(0);
    expect(await service.record('villages', ahead.recordId)).toMatchObject({ name: '幸福村' });
  });

  it('answers an oversized body with 413, plain or gzip-inflated', async () => {
    const a = await enrolledStation();
    const big = Array.from({ length: 300 }, () => mutation(a.stationId, { fields: { name: 'x'.repeat(400) } }));
    const plain = await push(a.token, big);
    expect(plain.statusCode).toBe(413);
    expect(plain.json()).toMatchObject({ error: 'body.tooLarge', messageZh: expect.any(String) });
    const bomb = gzipSync(Buffer.from(JSON.stringify({ schemaVersion: 1, mutations: [], pad: ' '.repeat(5_000_000) })));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const inflated = await app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: { ...auth(a.token), 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: bomb,
    });
    expect(inflated.statusCode).toBe(413);
  });

  it('accepts a gzip body', async () => {
    const a = await enrolledStation();
    const body = gzipSync(Buffer.from(JSON.stringify({ schemaVersion: 1, mutations: [mutation(a.stationId)] })));
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: { ...auth(a.token), 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: body,
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ results: [{ status: 'applied' }] });
  });

  it('limits the request rate per token', async () => {
    const limited = await buildApp({ service, version: 'test', rateLimitPerMinute: 3, now: () => clock.now });
    const codes: number[] = [];
    for (let i = 0; i < 5; i += 1)
      codes.push((await limited.inject({ method: 'GET', url: '/api/v1/health' })).statusCode);
    expect(codes).toEqual([200, 200, 200, 429, 429]);
    await limited.close();
  });

  // 10,000 requests through the whole stack: a few seconds on an idle machine, several times that on a busy one.
  it('answers 10,000 random malformed bodies with a 4xx, never a 5xx', { timeout: 240_000 }, async () => {
    const a = await enrolledStation();
    const routes = [
      { method: 'POST' as const, url: '/api/v1/sync/push', token: a.token },
      { method: 'POST' as const, url: '/api/v1/sync/push', token: a.token, type: COMPACT_CONTENT_TYPE },
      { method: 'POST' as const, url: '/api/v1/enroll', token: null },
      { method: 'POST' as const, url: '/api/v1/admin/stations', token: ADMIN },
    ];
    const hlc = encodeHlc({ ms: clock.now, counter: 0, node: 'dev' });
    // Shapes close to valid ones reach deeper than pure noise.
    const nearMutation = fc.record(
      {
        id: fc.oneof(fc.uuid({ version: 7 }), fc.string()),
        table: fc.constantFrom('seekers', 'jobs', 'audit', 'villages', 'nope', ''),
        recordId: fc.oneof(fc.uuid({ version: 7 }), fc.string()),
        op: fc.constantFrom('upsert', 'delete', 'x'),
        hlc: fc.constantFrom(hlc, 'bad'),
        fields: fc.dictionary(
          fc.constantFrom('name', 'stationId', 'deleted', 'positions', 'pay', 'id', 'code'),
          fc.jsonValue(),
        ),
      },
      { requiredKeys: [] },
    );
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record(
        { schemaVersion: fc.oneof(fc.integer(), fc.jsonValue()), mutations: fc.array(nearMutation, { maxLength: 4 }) },
        { requiredKeys: [] },
      ),
      fc.record({ enrollmentCode: fc.string(), deviceName: fc.string(), stationId: fc.string() }, { requiredKeys: [] }),
      fc.record({ name: fc.string(), areaCode: fc.string() }, { requiredKeys: [] }),
      fc.string(),
    );
    const serverErrors: string[] = [];
    let client = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), body, fc.boolean(), async (route, payload, asText) => {
        const r = await app.inject({
          method: route.method,
          url: route.url,
          headers: {
            'content-type': 'type' in route ? route.type : 'application/json',
            ...(route.token ? auth(route.token) : {}),
          },
          payload: asText && typeof payload === 'string' ? payload : JSON.stringify(payload),
        });
        if (r.statusCode >= 500) serverErrors.push(`${route.url} ${r.body}`);
        if (r.statusCode >= 400) client += 1;
        return r.statusCode < 500;
      }),
      { numRuns: 10_000, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}) },
    );
    expect(serverErrors).toEqual([]);
    expect(client).toBeGreaterThan(5_000);
  });
});

describe('the compact batch encoding', () => {
  it('is advertised, stores the same mutations as plain JSON and answers by position', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/health' })).json()).toMatchObject({
      encodings: ['application/json', COMPACT_CONTENT_TYPE],
    });
    const a = await enrolledStation();
    const b = await enrolledStation('乙站');
    const first = mutation(a.stationId);
    const refused = mutation(b.stationId);
    const body = encodeCompact(
      1,
      [first, first, refused].map((m) => ({ ...m, op: 'upsert' as const })),
    );
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: { ...auth(a.token), 'content-type': COMPACT_CONTENT_TYPE },
      payload: JSON.stringify(body),
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ statuses: 'adr', rejected: [{ i: 2, code: 'scope' }] });
    expect(await service.record('villages', first.recordId)).toMatchObject({ name: '幸福村', id: first.recordId });
    const broken = await app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: { ...auth(a.token), 'content-type': COMPACT_CONTENT_TYPE },
      payload: JSON.stringify({ ...body, ms: [1] }),
    });
    expect(broken.statusCode).toBe(400);
  });
});

describe('calls from the app’s own origin', () => {
  it('answers the CORS preflight and marks answers readable by any origin (tokens are headers, not cookies)', async () => {
    const pre = await app.inject({
      method: 'OPTIONS',
      url: '/api/v1/sync/push',
      headers: { origin: 'app://doorstep', 'access-control-request-method': 'POST' },
    });
    expect(pre.statusCode).toBe(204);
    expect(pre.headers['access-control-allow-headers']).toContain('content-encoding');
    const r = await app.inject({ method: 'GET', url: '/api/v1/health', headers: { origin: 'app://doorstep' } });
    expect(r.headers['access-control-allow-origin']).toBe('*');
  });
});
