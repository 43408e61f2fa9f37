import { describe, expect, it } from 'vitest';
import { queuePair } from '../../../repositories/duplicates';
import { CONSOLE, consoleForEachTest } from '../../../test-support/console';
import { testBackends } from '../../../test-support/databases';

const PAIR = '0193a000-0000-7000-8000-000000000001';
const OTHER = '0193a000-0000-7000-8000-000000000002';

describe.each(testBackends())('resolving duplicate people ($name)', ({ make }) => {
  const county = consoleForEachTest(make);
  const { inject, loggedIn, clock } = county;

  async function queue() {
    await county.db.transaction(async (sql) => {
      for (const [id, suffix] of [
        [PAIR, '1'],
        [OTHER, '2'],
      ] as const)
        await queuePair(sql, {
          id,
          idNumber: '522626198503020021',
          a: { recordId: `seeker-a${suffix}`, station: 'station-a' },
          b: { recordId: `seeker-b${suffix}`, station: 'station-b' },
          foundAt: clock.now - 1000,
        });
    });
  }
  const resolve = (cookie: string | null, id: string, payload: unknown) =>
    inject({
      method: 'POST',
      url: `${CONSOLE}/duplicates/${id}/resolve`,
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      payload: JSON.stringify(payload),
    });
  const stored = async () => {
    const rows = await county.db.transaction((sql) =>
      sql.all<Record<string, unknown>>('SELECT id, resolved_at, decision, keep_station_id FROM duplicates ORDER BY id'),
    );
    return rows.map((r) => [r.id, r.resolved_at == null ? null : Number(r.resolved_at), r.decision, r.keep_station_id]);
  };

  it('stores a county admin’s answer, audits it, and takes the pair out of the open queue', async () => {
    await queue();
    const admin = await loggedIn('guan');
    const same = await resolve(admin, PAIR, { decision: 'same', keepStationId: 'station-b' });
    expect(same.statusCode).toBe(200);
    expect(same.json()).toMatchObject({
      resolution: { id: PAIR, decision: 'same', keepStationId: 'station-b', resolvedAt: clock.now },
    });
    const different = await resolve(admin, OTHER, { decision: 'different' });
    expect(different.statusCode).toBe(200);
    expect(await stored()).toEqual([
      [PAIR, clock.now, 'same', 'station-b'],
      [OTHER, clock.now, 'different', null],
    ]);
    const open = await county.db.transaction((sql) => sql.all('SELECT id FROM duplicates WHERE resolved_at IS NULL'));
    expect(open).toEqual([]);

    const audit = await inject({ method: 'GET', url: `${CONSOLE}/audit`, headers: { cookie: admin } });
    const entries = (audit.json() as { entries: { action: string; target: string; detail: object }[] }).entries;
    expect(entries.slice(0, 2)).toMatchObject([
      { action: 'duplicate.resolve', target: OTHER, detail: { decision: 'different', keepStationId: null } },
      { action: 'duplicate.resolve', target: PAIR, detail: { decision: 'same', keepStationId: 'station-b' } },
    ]);
    expect(JSON.stringify(entries)).not.toContain('522626198503020021');
  });

  it('answers 401 without a session, 403 to a viewer, and changes nothing', async () => {
    await queue();
    expect((await resolve(null, PAIR, { decision: 'different' })).statusCode).toBe(401);
    const viewer = await loggedIn('kan', 'viewer');
    const r = await resolve(viewer, PAIR, { decision: 'different' });
    expect(r.statusCode).toBe(403);
    expect((await stored()).every(([, at]) => at === null)).toBe(true);
  });

  it('refuses a pair resolved already (409), unknown (404), a station not of the pair and bad bodies (400)', async () => {
    await queue();
    const admin = await loggedIn('guan');
    expect((await resolve(admin, PAIR, { decision: 'different' })).statusCode).toBe(200);
    const again = await resolve(admin, PAIR, { decision: 'same', keepStationId: 'station-a' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ messageZh: '这一条已经处理过了' });
    expect((await resolve(admin, '0193a000-0000-7000-8000-00000000ffff', { decision: 'different' })).statusCode).toBe(
      404,
    );
    const wrong = await resolve(admin, OTHER, { decision: 'same', keepStationId: 'station-c' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ messageZh: expect.stringContaining('站点') });
    for (const body of [
      {},
      { decision: 'same' },
      { decision: 'maybe' },
      { decision: 'different', keepStationId: 'station-a' },
      { decision: 'same', keepStationId: '' },
    ]) {
      const r = await resolve(admin, OTHER, body);
      expect([body, r.statusCode]).toEqual([body, 400]);
      expect((r.json() as { messageZh: string }).messageZh).toContain('处理重复人员的参数不对');
    }
    expect((await resolve(admin, 'a%2F..', { decision: 'different' })).statusCode).toBe(400);
    expect((await stored())[1]?.[1]).toBeNull();
  });
});
