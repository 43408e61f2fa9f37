import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { serverTimingMs } from '#shared/sync/link-estimate';
import { buildApp } from './app';
import { CONSOLE_PREFIX } from './http/console-auth';
import { auth, countyForEachTest } from './test-support/county';

const county = countyForEachTest();
const { clock, inject, enrolledStation, mutation, push } = county;

describe('county server: what every answer shares', () => {
  it('answers health to anyone, with the epoch and the server clock', async () => {
    const r = await inject({ method: 'GET', url: '/api/v1/health' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({
      ok: true,
      serverEpoch: county.service.epoch,
      serverTime: clock.now,
      maxPushBytes: 64 * 1024,
    });
  });

  it("says how long its own work took on the stations' paths, where the app may read it, and not to the console", async () => {
    const health = await inject({ method: 'GET', url: '/api/v1/health' });
    expect(serverTimingMs(String(health.headers['server-timing']))).toBeGreaterThanOrEqual(0);
    expect(health.headers['access-control-expose-headers']).toBe('server-timing');
    const a = await enrolledStation();
    const pushed = await push(a.token, [mutation(a.stationId)]);
    expect(serverTimingMs(String(pushed.headers['server-timing']))).toBeGreaterThanOrEqual(0);
    const refused = await push('not-a-token', [mutation(a.stationId)]);
    expect(refused.statusCode).toBe(401);
    expect(serverTimingMs(String(refused.headers['server-timing']))).toBeGreaterThanOrEqual(0);
    const console = await inject({ method: 'GET', url: `${CONSOLE_PREFIX}/session` });
    expect(console.headers['server-timing']).toBeUndefined();
  });

  it('answers an oversized body with 413, plain or gzip-inflated', async () => {
    const a = await enrolledStation();
    const big = Array.from({ length: 300 }, () => mutation(a.stationId, { fields: { name: 'x'.repeat(400) } }));
    const plain = await push(a.token, big);
    expect(plain.statusCode).toBe(413);
    expect(plain.json()).toMatchObject({ error: 'body.tooLarge', messageZh: expect.any(String) });
    const bomb = gzipSync(Buffer.from(JSON.stringify({ schemaVersion: 1, mutations: [], pad: ' '.repeat(5_000_000) })));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const inflated = await inject({
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
    const r = await inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: { ...auth(a.token), 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: body,
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ results: [{ status: 'applied' }] });
  });

  it('limits the request rate per token', async () => {
    const limited = await buildApp({
      service: county.service,
      version: 'test',
      rateLimitPerMinute: 3,
      now: () => clock.now,
    });
    const codes: number[] = [];
    for (let i = 0; i < 5; i += 1)
      codes.push((await limited.inject({ method: 'GET', url: '/api/v1/health' })).statusCode);
    expect(codes).toEqual([200, 200, 200, 429, 429]);
    await limited.close();
  });
});

describe('calls from the app’s own origin', () => {
  it('answers the CORS preflight and marks answers readable by any origin (tokens are headers, not cookies)', async () => {
    const pre = await inject({
      method: 'OPTIONS',
      url: '/api/v1/sync/push',
      headers: { origin: 'app://doorstep', 'access-control-request-method': 'POST' },
    });
    expect(pre.statusCode).toBe(204);
    expect(pre.headers['access-control-allow-headers']).toContain('content-encoding');
    // the station app says which version it runs with every request
    expect(pre.headers['access-control-allow-headers']).toContain('x-doorstep-app-version');
    const r = await inject({ method: 'GET', url: '/api/v1/health', headers: { origin: 'app://doorstep' } });
    expect(r.headers['access-control-allow-origin']).toBe('*');
  });
});
