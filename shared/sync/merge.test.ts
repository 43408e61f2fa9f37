import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '#test/support/property-runs';
import { encodeHlc } from './hlc';
import { applyMutation, EMPTY_RECORD, mergeAll } from './merge';

// Mutations to one record from several devices, with clashing clocks on purpose.
const mutation = fc.record({
  id: fc.uuid({ version: 7 }),
  op: fc.constantFrom('upsert' as const, 'upsert' as const, 'delete' as const),
  hlc: fc
    .record({
      ms: fc.integer({ min: 0, max: 20 }),
      counter: fc.integer({ min: 0, max: 2 }),
      node: fc.constantFrom('a', 'b', 'c'),
    })
    .map(encodeHlc),
  fields: fc.dictionary(
    fc.constantFrom('name', 'phone', 'status'),
    fc.oneof(fc.string({ maxLength: 4 }), fc.integer()),
  ),
});

describe('merge: per-field last writer wins', () => {
  it('converges whatever order the mutations arrive in (property)', () => {
    fc.assert(
      fc.property(
        fc
          .array(mutation, { maxLength: 25 })
          .chain((ms) =>
            fc.tuple(fc.constant(ms), fc.shuffledSubarray(ms, { minLength: ms.length, maxLength: ms.length })),
          ),
        ([ms, shuffled]) => {
          expect(mergeAll(shuffled).values).toEqual(mergeAll(ms).values);
        },
      ),
      propertyRuns(100),
    );
  });

  it('is idempotent: a mutation delivered twice changes nothing (property)', () => {
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 20 }), fc.nat(), (ms, pick) => {
        const once = mergeAll(ms);
        const again = ms.length ? applyMutation(once, ms[pick % ms.length]!) : once;
        expect(again).toEqual(once);
      }),
      propertyRuns(100),
    );
  });

  it('each field holds the value of the latest mutation that set it (clock, then id) (property)', () => {
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 25 }), (ms) => {
        const merged = mergeAll(ms);
        for (const field of ['name', 'phone', 'status']) {
          const setters = ms
            .filter((m) => field in m.fields)
            .sort((a, b) => (a.hlc === b.hlc ? (a.id < b.id ? -1 : 1) : a.hlc < b.hlc ? -1 : 1));
          const last = setters.at(-1);
          expect(merged.values[field]).toEqual(last?.fields[field]);
        }
      }),
      propertyRuns(100),
    );
  });

  it('a delete is a tombstone that a later edit does not undo, and an earlier one does not reach', () => {
    const del = {
      id: '0190b5c1-8c6f-7000-8000-000000000002',
      op: 'delete' as const,
      hlc: encodeHlc({ ms: 10, counter: 0, node: 'a' }),
      fields: {},
    };
    const edit = (ms: number) => ({
      id: `0190b5c1-8c6f-7000-8000-00000000000${ms % 10}`,
      op: 'upsert' as const,
      hlc: encodeHlc({ ms, counter: 0, node: 'b' }),
      fields: { name: `n${ms}` },
    });
    const merged = mergeAll([edit(5), del, edit(20)]);
    expect(merged.values).toEqual({ name: 'n20', deleted: true });
    expect(applyMutation(EMPTY_RECORD, del).values).toEqual({ deleted: true });
  });
});
