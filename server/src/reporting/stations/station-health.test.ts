import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { encodeHlc } from '#shared/sync/hlc';
import { saveRecords } from '../../repositories/records';
import { CONSOLE, consoleForEachTest } from '../../test-support/console';
import { testBackends } from '../../test-support/databases';
import { SILENT_AFTER_MS } from './station-health';

const DAY = 24 * 60 * 60 * 1000;

describe.each(testBackends())('station health and month ($name)', ({ make }) => {
  const county = consoleForEachTest(make);
  const { inject, clock } = county;

  async function enrolled(name: string, areaCode: string) {
    const { enrollmentCode, stationId } = await county.service.addStation({ name, areaCode });
    const r = await inject({ method: 'POST', url: '/api/v1/enroll', payload: { enrollmentCode, deviceName: 'PC-1' } });
    expect(r.statusCode).toBe(200);
    return { stationId, token: (r.json() as { token: string }).token };
  }

  function village(stationId: string, hlcMs: number) {
    const recordId = uuidv7();
    return {
      id: uuidv7(),
      table: 'villages',
      recordId,
      op: 'upsert',
      hlc: encodeHlc({ ms: hlcMs, counter: 0, node: 'dev' }),
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
    };
  }

  const push = (token: string, mutations: unknown[], headers: Record<string, string> = {}) =>
    inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: { authorization: `Bearer ${token}`, ...headers },
      payload: { schemaVersion: 1, mutations },
    });

  const record = (table: string, owner: string, values: Record<string, unknown>, deleted = false) => ({
    table,
    recordId: uuidv7(),
    owner,
    state: { values: { deleted, ...values }, stamps: {} },
    idNumber: null,
    deleted,
  });

  it('shows sync, clock, held changes, devices, silence and the month’s work of each station', async () => {
    const a = await enrolled('幸福村就业服务站', '522626101');
    const nov = Date.UTC(2026, 10, 10);
    const oct = Date.UTC(2026, 9, 10);
    const placedOct = record('placements', a.stationId, { startDate: '2026-10-01' });
    const placedLateOct = record('placements', a.stationId, { startDate: '2026-10-20' });
    await county.db.transaction((sql) =>
      saveRecords(sql, [
        record('seekers', a.stationId, { createdAt: nov }),
        record('seekers', a.stationId, { createdAt: nov + DAY }),
        record('seekers', a.stationId, { createdAt: nov }, true),
        record('seekers', a.stationId, { createdAt: oct }),
        record('referrals', a.stationId, { createdAt: nov }),
        record('placements', a.stationId, { startDate: '2026-11-02' }),
        placedOct,
        placedLateOct,
        // Due 2026-10-08: late. Due 2026-11-20: on time. Extra visits are not scheduled ones.
        record('visits', a.stationId, { kind: 'week-1', visitedOn: '2026-11-05', placementId: placedOct.recordId }),
        record('visits', a.stationId, {
          kind: 'month-1',
          visitedOn: '2026-11-18',
          placementId: placedLateOct.recordId,
        }),
        record('visits', a.stationId, { kind: 'extra', visitedOn: '2026-11-18', placementId: placedOct.recordId }),
      ]),
    );
    clock.now += 60_000;
    expect((await push(a.token, [village(a.stationId, clock.now - 5 * 60_000)])).statusCode).toBe(200);
    const pushedAt = clock.now;
    clock.now += 60_000;
    expect((await push(a.token, [village(a.stationId, clock.now + 2 * DAY)])).statusCode).toBe(200);
    clock.now += 60_000;
    const b = await county.service.addStation({ name: '和平村就业服务站', areaCode: '522626102' });
    clock.now += SILENT_AFTER_MS + DAY;

    const admin = await county.loggedIn('kan', 'viewer');
    // Eight days on, it is December: November is asked for.
    const r = await inject({ method: 'GET', url: `${CONSOLE}/stations?month=2026-11`, headers: { cookie: admin } });
    expect(r.statusCode).toBe(200);
    const [first, second] = (r.json() as { stations: Record<string, unknown>[] }).stations;
    expect(first).toMatchObject({
      id: a.stationId,
      name: '幸福村就业服务站',
      heldBack: 1,
      appVersion: null,
      silent: true,
      month: { registrations: 2, referrals: 1, placements: 1, visits: 2, visitsOnTime: 1 },
    });
    expect(first?.lastPushAt).toBeGreaterThanOrEqual(pushedAt);
    expect(first?.clockSkewMs).toBe(2 * DAY);
    expect(first?.devices).toEqual([expect.objectContaining({ name: 'PC-1', lastUsedAt: expect.any(Number) })]);
    expect(second).toMatchObject({ id: b.stationId, lastPushAt: null, devices: [], heldBack: 0, clockSkewMs: null });

    const october = await inject({
      method: 'GET',
      url: `${CONSOLE}/stations?month=2026-10`,
      headers: { cookie: admin },
    });
    const [inOctober] = (october.json() as { stations: { month: object }[] }).stations;
    expect(inOctober?.month).toEqual({ registrations: 1, referrals: 0, placements: 2, visits: 0, visitsOnTime: 0 });
  });

  it('flags a station silent only after 7 days without a push or a pull', async () => {
    const a = await enrolled('幸福村就业服务站', '522626101');
    await push(a.token, [village(a.stationId, clock.now)]);
    clock.now += SILENT_AFTER_MS;
    expect((await county.service.stationHealth())[0]?.silent).toBe(false);
    clock.now += 1;
    expect((await county.service.stationHealth())[0]?.silent).toBe(true);
  });

  it('shows the app version its devices report with their sync requests, the last used device’s first', async () => {
    const a = await enrolled('幸福村就业服务站', '522626101');
    const second = await inject({
      method: 'POST',
      url: '/api/v1/enroll',
      payload: { enrollmentCode: (await county.service.newCode(a.stationId)).enrollmentCode, deviceName: 'PC-2' },
    });
    const b = (second.json() as { token: string }).token;
    const version = (v: string) => ({ 'x-doorstep-app-version': v });
    expect((await push(a.token, [village(a.stationId, clock.now)], version('0.3.0'))).statusCode).toBe(200);
    // Not a version: ignored, the one reported before stays.
    expect((await push(a.token, [village(a.stationId, clock.now)], version('<script>'))).statusCode).toBe(200);
    expect((await county.service.stationHealth())[0]?.appVersion).toBe('0.3.0');
    clock.now += 2 * 60_000;
    const pulled = await inject({
      method: 'GET',
      url: '/api/v1/sync/pull?since=0&limit=10',
      headers: { authorization: `Bearer ${b}`, ...version('0.4.1') },
    });
    expect(pulled.statusCode).toBe(200);
    const [health] = await county.service.stationHealth();
    expect(health?.appVersion).toBe('0.4.1');
    expect(health?.devices.map((d) => [d.name, d.appVersion])).toEqual([
      ['PC-1', '0.3.0'],
      ['PC-2', '0.4.1'],
    ]);
  });
});
