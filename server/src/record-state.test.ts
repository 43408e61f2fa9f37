import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState } from './record-state';

describe('stored record state', () => {
  it('round-trips any merged state (property)', () => {
    const stamp = fc.record({
      hlc: fc.constantFrom('000000000000001:00000:a', '000000000000002:00001:b'),
      mutationId: fc.constantFrom('m1', 'm2', 'm3'),
    });
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.tuple(fc.jsonValue(), stamp)),
        (entries) => {
          const state = {
            values: Object.fromEntries(Object.entries(entries).map(([k, [v]]) => [k, v])),
            stamps: Object.fromEntries(Object.entries(entries).map(([k, [, s]]) => [k, s])),
          };
          expect(decodeState(encodeState(state))).toEqual(JSON.parse(JSON.stringify(state)));
        },
      ),
    );
  });

  it('writes a stamp shared by many fields once', () => {
    const s = { hlc: '000000000000001:00000:a', mutationId: 'm1' };
    expect(encodeState({ values: { a: 1, b: 2 }, stamps: { a: s, b: s } })).toBe(
      '{"v":{"a":1,"b":2},"s":[["000000000000001:00000:a","m1","a","b"]]}',
    );
  });
});
