import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPACT_CONTENT_TYPE } from '#shared/sync/columns';
import { encodeHlc } from '#shared/sync/hlc';
import { ADMIN, auth, countyForEachTest } from '../test-support/county';
import { testBackends } from '../test-support/databases';

/** Text as a careless or hostile client sends it: NUL characters (which PostgreSQL cannot store) among the rest. */
const text = fc.string({
  unit: fc.oneof(
    { weight: 1, arbitrary: fc.constant('\u0000') },
    { weight: 6, arbitrary: fc.string({ minLength: 1, maxLength: 1 }) },
  ),
});
const json = fc.oneof(fc.jsonValue(), fc.jsonValue({ stringUnit: 'binary' }), text);

describe.each(testBackends())('county server security: malformed requests ($name)', ({ make }) => {
  const county = countyForEachTest(make);
  const { clock, inject, enrolledStation } = county;

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
        id: fc.oneof(fc.uuid({ version: 7 }), text),
        table: fc.oneof(fc.constantFrom('seekers', 'jobs', 'audit', 'villages', 'nope', ''), text),
        recordId: fc.oneof(fc.uuid({ version: 7 }), text),
        op: fc.constantFrom('upsert', 'delete', 'x'),
        hlc: fc.constantFrom(hlc, 'bad'),
        fields: fc.dictionary(fc.constantFrom('name', 'stationId', 'deleted', 'positions', 'pay', 'id', 'code'), json),
      },
      { requiredKeys: [] },
    );
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record(
        { schemaVersion: fc.oneof(fc.integer(), fc.jsonValue()), mutations: fc.array(nearMutation, { maxLength: 4 }) },
        { requiredKeys: [] },
      ),
      fc.record({ enrollmentCode: text, deviceName: text, stationId: text }, { requiredKeys: [] }),
      fc.record({ name: text, areaCode: fc.oneof(text, fc.constant('522626101')) }, { requiredKeys: [] }),
      fc.string(),
    );
    const serverErrors: string[] = [];
    let client = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), body, fc.boolean(), async (route, payload, asText) => {
        const r = await inject({
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
