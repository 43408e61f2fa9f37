import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { ADMIN, auth, countyForEachTest } from '../test-support/county';

const county = countyForEachTest();
const { clock, enrolledStation, mutation } = county;

/** The county server as it runs, logging at warn into `lines` (one JSON object a line). */
let lines: Record<string, unknown>[] = [];
let logged: FastifyInstance | null = null;
const server = (): FastifyInstance => {
  if (!logged) throw new Error('no server outside a test');
  return logged;
};

beforeEach(async () => {
  lines = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  logged = await buildApp({
    service: county.service,
    version: 'test',
    rateLimitPerMinute: 1_000_000,
    logger: { level: 'warn', stream },
    now: () => clock.now,
  });
});
afterEach(async () => {
  await logged?.close();
  logged = null;
});

const warnings = () => lines.filter((l) => l.level === 40);

describe('county server security: what the log shows an operator', () => {
  it('logs refused changes by station, code and count, without tokens or the records’ contents', async () => {
    const a = await enrolledStation('甲站');
    const b = await enrolledStation('乙站');
    const claims = [mutation(a.stationId), mutation(a.stationId), mutation(b.stationId)];
    const r = await server().inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: auth(b.token),
      payload: { schemaVersion: 1, mutations: claims },
    });
    expect(r.json()).toMatchObject({ results: [{ code: 'scope' }, { code: 'scope' }, { status: 'applied' }] });
    expect(warnings()).toEqual([expect.objectContaining({ stationId: b.stationId, code: 'scope', count: 2 })]);
    const text = JSON.stringify(lines);
    expect(text).not.toContain(b.token);
    expect(text).not.toContain('幸福村');
    expect(text).not.toContain(claims[0]?.recordId);
  });

  it('logs a station calling an admin route, and failed tokens by address at 1, 10, 100 … failures', async () => {
    const a = await enrolledStation();
    await server().inject({ method: 'GET', url: '/api/v1/admin/stations', headers: auth(a.token) });
    expect(warnings()).toEqual([expect.objectContaining({ stationId: a.stationId, code: 'auth.admin', count: 1 })]);

    lines = [];
    const guesses = Array.from({ length: 12 }, (_, i) => `guessed-token-${i}-000000000000000000000000`);
    for (const guess of guesses)
      expect(
        (await server().inject({ method: 'GET', url: '/api/v1/sync/pull', headers: auth(guess) })).statusCode,
      ).toBe(401);
    expect(warnings().map((w) => [w.code, w.count, w.address])).toEqual([
      ['auth.required', 1, '127.0.0.1'],
      ['auth.required', 10, '127.0.0.1'],
    ]);
    const text = JSON.stringify(lines);
    for (const guess of guesses) expect(text).not.toContain(guess);
    expect(text).not.toContain(ADMIN);
  });
});
