import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '#test/support/property-runs';
import { encodeHlc } from './hlc';
import { pullQuerySchema, pushBodySchema, SCHEMA_VERSION } from './wire';

const good = {
  schemaVersion: SCHEMA_VERSION,
  mutations: [
    {
      id: '0190b5c1-8c6f-7000-8000-000000000001',
      table: 'seekers',
      recordId: '0190b5c1-8c6f-7000-8000-000000000002',
      op: 'upsert',
      hlc: encodeHlc({ ms: 1, counter: 0, node: 'a' }),
      fields: { name: '王芳' },
    },
  ],
};

describe('wire bodies', () => {
  it('accepts a well-formed push', () => {
    expect(pushBodySchema.safeParse(good).success).toBe(true);
  });

  it('refuses malformed pushes without throwing (property: arbitrary JSON never throws, never passes by accident)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = pushBodySchema.safeParse(value);
        expect(r.success).toBe(false);
      }),
      propertyRuns(100),
    );
  });

  it.each([
    ['no mutations', { ...good, mutations: [] }],
    ['unknown key', { ...good, extra: 1 }],
    ['bad clock', { ...good, mutations: [{ ...good.mutations[0], hlc: 'yesterday' }] }],
    ['bad op', { ...good, mutations: [{ ...good.mutations[0], op: 'drop' }] }],
    ['id not UUIDv7', { ...good, mutations: [{ ...good.mutations[0], id: '1' }] }],
  ])('refuses a push with %s', (_what, body) => {
    expect(pushBodySchema.safeParse(body).success).toBe(false);
  });

  it('reads pull queries from URL text, with defaults and limits', () => {
    expect(pullQuerySchema.parse({})).toEqual({ since: 0, limit: 1000 });
    expect(pullQuerySchema.parse({ since: '42', limit: '10' })).toEqual({ since: 42, limit: 10 });
    expect(pullQuerySchema.safeParse({ since: '-1' }).success).toBe(false);
    expect(pullQuerySchema.safeParse({ limit: '999999' }).success).toBe(false);
    expect(pullQuerySchema.parse({ since: '42', own: '1' })).toEqual({ since: 42, limit: 1000, own: 1 });
    expect(pullQuerySchema.safeParse({ own: '2' }).success).toBe(false);
  });
});
