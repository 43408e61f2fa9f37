import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '#test/support/property-runs';
import { boundedWall, clockAhead, restampAhead, sightingAt } from './clock-bound';
import { DEVICE_CLOCK_LEAD_MS, encodeHlc, decodeHlc, MAX_CLOCK_DRIFT_MS } from './hlc';

const COUNTY = Date.UTC(2026, 10, 25, 10);
const YEAR = 365 * 24 * 60 * 60_000;
const at = (ms: number, counter = 0) => encodeHlc({ ms, counter, node: 'pc1' });

describe('the device clock kept near the county time', () => {
  it('uses the PC clock, but never more than the lead past the county time last seen', () => {
    const sighting = sightingAt(COUNTY, COUNTY + 10 * YEAR);
    expect(boundedWall(COUNTY + 10 * YEAR + 5_000, sighting)).toBe(COUNTY + 5_000 + DEVICE_CLOCK_LEAD_MS);
    expect(boundedWall(COUNTY + 30_000, sightingAt(COUNTY, COUNTY))).toBe(COUNTY + 30_000);
    // A PC behind the county is not pushed forward; a corrected PC clock (gone back) drops the old sighting.
    expect(boundedWall(COUNTY - YEAR, sightingAt(COUNTY, COUNTY - YEAR))).toBe(COUNTY - YEAR);
    expect(boundedWall(COUNTY, sighting)).toBe(COUNTY);
    expect(boundedWall(COUNTY, null)).toBe(COUNTY);
  });

  it('re-stamps only the entries too far ahead, in their old order, after the others, and sets the clock back', () => {
    const clock = { ms: COUNTY + 10 * YEAR, counter: 7, node: 'pc1' };
    const entries = [
      { id: 'late', hlc: at(COUNTY + 10 * YEAR, 7) },
      { id: 'ok', hlc: at(COUNTY - 1_000) },
      { id: 'early', hlc: at(COUNTY + 10 * YEAR, 2) },
    ];
    const r = restampAhead(clock, entries, COUNTY);
    expect(r.changed.map((c) => c.id)).toEqual(['early', 'late']);
    expect(r.changed.map((c) => c.to)).toEqual([at(COUNTY, 1), at(COUNTY, 2)]);
    expect(r.clock).toEqual({ ms: COUNTY, counter: 2, node: 'pc1' });
    expect(clockAhead(r.clock, COUNTY)).toBe(false);
    expect(restampAhead({ ms: COUNTY, counter: 0, node: 'pc1' }, entries.slice(1, 2), COUNTY).changed).toEqual([]);
  });

  it('leaves every waiting entry within what the county applies, ordered, and the clock after all of them (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -YEAR, max: 10 * YEAR }), fc.integer({ min: 0, max: 99_999 })), {
          maxLength: 40,
        }),
        fc.integer({ min: -YEAR, max: 10 * YEAR }),
        (stamps, clockOffset) => {
          const entries = stamps.map(([d, c], i) => ({ id: `m${i}`, hlc: at(COUNTY + d, c) }));
          const before = [...entries].sort((a, b) => (a.hlc < b.hlc ? -1 : 1)).map((e) => e.id);
          const top = Math.max(COUNTY + clockOffset, ...stamps.map(([d]) => COUNTY + d));
          const r = restampAhead({ ms: top, counter: 99_999, node: 'pc1' }, entries, COUNTY);
          const to = new Map(r.changed.map((c) => [c.id, c.to]));
          const after = entries.map((e) => ({ id: e.id, hlc: to.get(e.id) ?? e.hlc }));
          expect([...after].sort((a, b) => (a.hlc < b.hlc ? -1 : 1)).map((e) => e.id)).toEqual(before);
          for (const e of after) {
            const h = decodeHlc(e.hlc);
            expect(h.ok && h.value.ms - COUNTY <= MAX_CLOCK_DRIFT_MS).toBe(true);
            expect(encodeHlc(r.clock) >= e.hlc).toBe(true);
          }
          expect(clockAhead(r.clock, COUNTY)).toBe(false);
        },
      ),
      propertyRuns(200),
    );
  });
});
