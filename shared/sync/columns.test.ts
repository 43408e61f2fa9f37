import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LONG_PROPERTY, propertyRuns } from '#test/support/property-runs';
import type { PushResult } from './batch';
import { decodeCompact, decodeResults, encodeCompact, encodeResults } from './columns';
import { encodeHlc } from './hlc';
import type { Mutation } from './mutation';

const recordId = fc.uuid({ version: 7 });
const mutation = fc
  .record({
    id: fc.uuid({ version: 7 }),
    table: fc.constantFrom('seekers', 'jobs', 'audit'),
    recordId,
    op: fc.constantFrom('upsert' as const, 'delete' as const),
    hlc: fc
      .record({
        ms: fc.integer({ min: 0, max: 2e12 }),
        counter: fc.integer({ min: 0, max: 99_999 }),
        node: fc.constantFrom('a', 'dev-1', 'B_2'),
      })
      .map(encodeHlc),
    fields: fc.dictionary(
      fc.constantFrom('name', 'phone', 'skills', 'deleted', 'stationId', 'id', 'at', 'hlc'),
      fc.jsonValue(),
    ),
    // the shapes the encoding shortens: an entry's own id, clock and time, a mutation id equal to its recordId
    own: fc.subarray(['id', 'hlc', 'at', 'mutationId'] as const),
  })
  .map(({ own, ...m }): Mutation => {
    const fields = { ...m.fields };
    if (own.includes('id')) fields.id = m.recordId;
    if (own.includes('hlc')) fields.hlc = m.hlc;
    if (own.includes('at')) fields.at = Number(m.hlc.slice(0, 15));
    return { ...m, id: own.includes('mutationId') ? m.recordId : m.id, fields };
  });

describe('compact batch encoding', () => {
  it('decodes to exactly the mutations encoded, in order (property)', LONG_PROPERTY, () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 40 }), (mutations) => {
        const wire = JSON.parse(JSON.stringify(encodeCompact(1, mutations))) as unknown;
        const back = decodeCompact(wire);
        expect(back).toEqual({
          ok: true,
          value: { schemaVersion: 1, mutations: JSON.parse(JSON.stringify(mutations)) },
        });
      }),
      propertyRuns(100),
    );
  });

  it('writes each field name once, and an entry’s own id, clock and time not at all', () => {
    const id = '0190b5c1-8c6f-7000-8000-000000000002';
    const m = (n: number): Mutation => ({
      id: `0190b5c1-8c6f-7000-8000-00000000010${n}`,
      table: 'seekers',
      recordId: id,
      op: 'upsert',
      hlc: encodeHlc({ ms: 1000 + n, counter: 0, node: 'a' }),
      fields: { id, name: `王${n}` },
    });
    const batch = encodeCompact(1, [m(1), m(2), m(3)]);
    expect(Object.keys(batch.fields)).toEqual(['name']);
    expect(batch.fields.name).toEqual({ rows: [0, 3], values: ['王1', '王2', '王3'] });
    expect(batch.derived).toEqual({ id: { recordId: [0, 3] } });
    expect(batch.ms).toEqual([1001, 1, 1]);
    const entryId = '0190b5c1-8c6f-7000-8000-000000000009';
    const hlc = encodeHlc({ ms: 5000, counter: 2, node: 'a' });
    const audit = encodeCompact(1, [
      {
        id: entryId,
        table: 'audit',
        recordId: entryId,
        op: 'upsert',
        hlc,
        fields: { id: entryId, hlc, at: 5000, action: 'x' },
      },
    ]);
    expect(audit).toMatchObject({
      id: [],
      idIsRecord: [0, 1],
      derived: { id: { recordId: [0, 1] }, hlc: { hlc: [0, 1] }, at: { ms: [0, 1] } },
    });
    expect(Object.keys(audit.fields)).toEqual(['action']);
  });

  it('refuses inconsistent or malformed batches with an error, never a throw (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(decodeCompact(value).ok).toBe(false);
      }),
      propertyRuns(100),
    );
    const good = encodeCompact(1, [
      {
        id: '0190b5c1-8c6f-7000-8000-000000000001',
        table: 'jobs',
        recordId: '0190b5c1-8c6f-7000-8000-000000000002',
        op: 'upsert',
        hlc: encodeHlc({ ms: 5, counter: 0, node: 'a' }),
        fields: { title: 'x' },
      },
    ]);
    expect(decodeCompact({ ...good, ms: [] }).ok).toBe(false);
    expect(decodeCompact({ ...good, fields: { title: { rows: [0, 2], values: ['x', 'y'] } } }).ok).toBe(false);
    expect(decodeCompact({ ...good, table: [3] }).ok).toBe(false);
    expect(decodeCompact({ ...good, nodes: ['bad node!'] }).ok).toBe(false);
    expect(decodeCompact({ ...good, id: [] }).ok).toBe(false);
    expect(decodeCompact({ ...good, derived: { x: { hlc: [0, 5] } } }).ok).toBe(false);
    expect(decodeCompact({ ...good, ms: [-10] }).ok).toBe(false);
  });

  it('carries per-mutation results by position', () => {
    const sent = [{ id: 'a1' }, { id: 'a2' }, { id: 'a3' }, { id: 'a4' }];
    const results: PushResult[] = [
      { id: 'a1', status: 'applied' },
      { id: 'a2', status: 'duplicate' },
      { id: 'a3', status: 'rejected', code: 'scope', message: 'not yours' },
      { id: 'a4', status: 'held', code: 'clock.ahead', message: 'Clock 9 minutes ahead' },
    ];
    const compact = encodeResults(results);
    expect(compact.statuses).toBe('adrq');
    expect(decodeResults(sent, compact)).toEqual(
      results.map((r) => (r.id === 'a4' ? { id: 'a4', status: 'held', code: 'clock.ahead' } : r)),
    );
  });
});
