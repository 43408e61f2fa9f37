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
    own: fc.subarray(['id', 'hlc', 'at', 'mutationId', 'previous'] as const),
    previous: recordId,
  })
  .map(({ own, previous, ...m }): Mutation => {
    const fields = { ...m.fields };
    // an audit entry's recordId: the record written just before it (the previous row, when it is one)
    if (own.includes('previous')) fields.recordId = previous;
    if (own.includes('id')) fields.id = m.recordId;
    if (own.includes('hlc')) fields.hlc = m.hlc;
    if (own.includes('at')) fields.at = Number(m.hlc.slice(0, 15));
    return { ...m, id: own.includes('mutationId') ? m.recordId : m.id, fields };
  });

/** Mutations where an entry often names the record of the mutation before it, as a command writes them. */
const chained = fc.array(fc.tuple(mutation, fc.boolean()), { minLength: 1, maxLength: 40 }).map((rows) =>
  rows.map(([m, names], i) => {
    const before = rows[i - 1]?.[0];
    return names && before ? { ...m, fields: { ...m.fields, recordId: before.recordId } } : m;
  }),
);

describe('compact batch encoding', () => {
  it('decodes to exactly the mutations encoded, in order, in either layout (property)', LONG_PROPERTY, () => {
    fc.assert(
      fc.property(chained, fc.constantFrom(1 as const, 2 as const), (mutations, layout) => {
        const wire = JSON.parse(JSON.stringify(encodeCompact(1, mutations, layout))) as unknown;
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

  it('layout 2: every mutation id in one column, an audit entry’s record as the previous row’s, runs with a step', () => {
    const person = (n: number) => `0190b5c1-8c6f-7000-8000-00000000020${n}`;
    const rows = [1, 2, 3].flatMap((n): Mutation[] => {
      const hlc = encodeHlc({ ms: 1000 + n, counter: 0, node: 'a' });
      const entry = `0190b5c1-8c6f-7000-8000-00000000030${n}`;
      return [
        {
          id: `0190b5c1-8c6f-7000-8000-00000000010${n}`,
          table: 'seekers',
          recordId: person(n),
          op: 'upsert',
          hlc,
          fields: { id: person(n), name: `王${n}` },
        },
        {
          id: entry,
          table: 'audit',
          recordId: entry,
          op: 'upsert',
          hlc,
          fields: { id: entry, recordId: person(n), hlc, at: 1000 + n },
        },
      ];
    });
    const batch = encodeCompact(1, rows, 2);
    expect(batch).toMatchObject({
      layout: 2,
      id: rows.map((r) => r.id),
      recordId: [person(1), person(2), person(3)],
      recordIsId: [1, 3, 2],
      derived: {
        id: { recordId: [0, 6, 1] },
        recordId: { previousRecordId: [1, 3, 2] },
        hlc: { hlc: [1, 3, 2] },
        at: { ms: [1, 3, 2] },
      },
      fields: { name: { rows: [0, 3, 2], values: ['王1', '王2', '王3'] } },
    });
    expect(batch.idIsRecord).toBeUndefined();
    expect(decodeCompact(JSON.parse(JSON.stringify(batch)))).toEqual({
      ok: true,
      value: { schemaVersion: 1, mutations: rows },
    });
    // the first row has no previous row, and layout 1 has no such mark
    expect(decodeCompact({ ...batch, derived: { x: { previousRecordId: [0, 1, 1] } } }).ok).toBe(false);
    const one = encodeCompact(1, rows, 1);
    expect(decodeCompact({ ...one, derived: { x: { previousRecordId: [1, 1] } } }).ok).toBe(false);
    expect(decodeCompact({ ...batch, recordIsId: [1, 3, 0] }).ok).toBe(false);
    expect(decodeCompact({ ...batch, idIsRecord: [] }).ok).toBe(false);
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
    // Each row as the mutation schema has it: a v7 uuid, a table and recordId of 1 to 64 characters, a clock.
    expect(decodeCompact({ ...good, id: ['not-a-uuid'] }).ok).toBe(false);
    expect(decodeCompact({ ...good, id: ['0190b5c1-8c6f-4000-8000-000000000001'] }).ok).toBe(false);
    expect(decodeCompact({ ...good, tables: ['j'.repeat(65)] }).ok).toBe(false);
    expect(decodeCompact({ ...good, tables: [''] }).ok).toBe(false);
    expect(decodeCompact({ ...good, recordId: ['r'.repeat(65)] }).ok).toBe(false);
    expect(decodeCompact({ ...good, ms: [10 ** 15] }).ok).toBe(false);
    expect(decodeCompact({ ...good, counter: [100_000] }).ok).toBe(false);
    expect(decodeCompact(good).ok).toBe(true);
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
