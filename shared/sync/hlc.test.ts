import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '#test/support/property-runs';
import { compareHlc, decodeHlc, encodeHlc, receive, tick, zeroHlc, type Hlc } from './hlc';

// fast-check prints the seed and path of a failure; FC_SEED and FC_PATH replay it.
const node = fc.stringMatching(/^[0-9a-z]{1,12}$/);
const wall = fc.integer({ min: 0, max: 4_102_444_800_000 }); // up to 2100-01-01
const hlc: fc.Arbitrary<Hlc> = fc.record({ ms: wall, counter: fc.integer({ min: 0, max: 99_999 }), node });

const tupleCompare = (a: Hlc, b: Hlc): number =>
  a.ms !== b.ms
    ? Math.sign(a.ms - b.ms)
    : a.counter !== b.counter
      ? Math.sign(a.counter - b.counter)
      : a.node < b.node
        ? -1
        : a.node > b.node
          ? 1
          : 0;

describe('hybrid logical clock', () => {
  it('is strictly monotonic across local events, whatever the wall clock does (even going back)', () => {
    fc.assert(
      fc.property(node, fc.array(wall, { minLength: 1, maxLength: 200 }), (n, walls) => {
        let clock = zeroHlc(n);
        let previous = encodeHlc(clock);
        for (const w of walls) {
          clock = tick(clock, w);
          const encoded = encodeHlc(clock);
          expect(compareHlc(previous, encoded)).toBe(-1);
          expect(clock.ms).toBeGreaterThanOrEqual(w);
          previous = encoded;
        }
      }),
      propertyRuns(100),
    );
  });

  it('encodes so that string order equals (ms, counter, node) order', () => {
    fc.assert(
      fc.property(hlc, hlc, (a, b) => {
        expect(Math.sign(compareHlc(encodeHlc(a), encodeHlc(b)))).toBe(tupleCompare(a, b));
        expect([encodeHlc(b), encodeHlc(a)].sort()[0]).toBe(tupleCompare(a, b) <= 0 ? encodeHlc(a) : encodeHlc(b));
      }),
      propertyRuns(100),
    );
  });

  it('round-trips through its encoding', () => {
    fc.assert(
      fc.property(hlc, (h) => {
        expect(decodeHlc(encodeHlc(h))).toEqual({ ok: true, value: h });
      }),
      propertyRuns(100),
    );
  });

  it('receive() yields a clock after both the local and the remote one', () => {
    fc.assert(
      fc.property(hlc, hlc, wall, (local, remote, w) => {
        const seen = { ...remote, ms: Math.min(remote.ms, w) };
        const r = receive(local, seen, w);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(compareHlc(encodeHlc(r.value), encodeHlc(local))).toBe(1);
        expect(r.value.ms > seen.ms || (r.value.ms === seen.ms && r.value.counter > seen.counter)).toBe(true);
        expect(r.value.ms).toBeGreaterThanOrEqual(w);
        expect(r.value.node).toBe(local.node);
      }),
      propertyRuns(100),
    );
  });

  it('refuses a remote clock more than five minutes ahead, and accepts one exactly five minutes ahead', () => {
    const local = zeroHlc('a');
    const bound = 5 * 60_000;
    expect(receive(local, { ms: 1_000 + bound + 1, counter: 0, node: 'b' }, 1_000).ok).toBe(false);
    expect(receive(local, { ms: 1_000 + bound, counter: 0, node: 'b' }, 1_000).ok).toBe(true);
  });

  it('borrows the next millisecond when the counter would overflow', () => {
    const h = tick({ ms: 5, counter: 99_999, node: 'a' }, 0);
    expect(h).toEqual({ ms: 6, counter: 0, node: 'a' });
  });

  it('rejects malformed values and node ids', () => {
    expect(decodeHlc('12:3:a').ok).toBe(false);
    expect(() => zeroHlc('bad node!')).toThrow();
  });
});
