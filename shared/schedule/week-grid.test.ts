import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '#test/support/property-runs';
import {
  careSlots,
  countSlots,
  EMPTY_WEEK,
  hasNoSlots,
  formatSlot,
  fromSlots,
  intersect,
  isWeekGrid,
  minus,
  paintRectangle,
  SLOTS_PER_DAY,
  parseTime,
  presetGrid,
  toSlots,
  withRange,
  within,
  WEEKDAYS,
} from './week-grid';

const grid = fc.array(fc.boolean(), { minLength: 336, maxLength: 336 }).map(fromSlots);

describe('week grid', () => {
  it('parses half-hour times and refuses others', () => {
    expect(parseTime('08:30')).toEqual({ ok: true, value: 17 });
    expect(parseTime('24:00')).toEqual({ ok: true, value: 48 });
    expect(parseTime('0:00')).toEqual({ ok: true, value: 0 });
    for (const bad of ['8:15', '25:00', '24:30', '08-30', '']) expect(parseTime(bad).ok, bad).toBe(false);
    expect(formatSlot(31)).toBe('15:30');
  });

  it('round-trips 336 slots through the 84-character encoding (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 336, maxLength: 336 }), (slots) => {
        const encoded = fromSlots(slots);
        expect(isWeekGrid(encoded)).toBe(true);
        expect(toSlots(encoded)).toEqual(slots);
      }),
      propertyRuns(100),
    );
  });

  it('school hours: weekdays 08:30–15:30 is 14 slots a day, 70 a week', () => {
    const g = presetGrid('schoolHours');
    expect(countSlots(g)).toBe(70);
    const slots = toSlots(g);
    expect(slots[16]).toBe(false); // Monday 08:00
    expect(slots[17]).toBe(true); // Monday 08:30
    expect(slots[30]).toBe(true); // Monday 15:00
    expect(slots[31]).toBe(false); // Monday 15:30
    expect(slots[5 * 48 + 20]).toBe(false); // Saturday
  });

  it('a 09:00–15:00 job fits school hours; an 08:00–17:00 job does not', () => {
    const seeker = presetGrid('schoolHours');
    const short = withRange(EMPTY_WEEK, WEEKDAYS, 18, 30, true);
    const long = withRange(EMPTY_WEEK, WEEKDAYS, 16, 34, true);
    expect(within(short, seeker)).toBe(true);
    expect(within(long, seeker)).toBe(false);
    expect(countSlots(minus(long, seeker))).toBe(5 * 4);
  });

  it('set algebra holds (property)', () => {
    fc.assert(
      fc.property(grid, grid, (a, b) => {
        expect(within(intersect(a, b), a)).toBe(true);
        expect(within(minus(a, b), a)).toBe(true);
        expect(countSlots(intersect(minus(a, b), b))).toBe(0);
        expect(countSlots(a)).toBe(countSlots(intersect(a, b)) + countSlots(minus(a, b)));
        expect(within(a, a)).toBe(true);
      }),
      propertyRuns(100),
    );
  });

  it('"no slot at all" read from the text agrees with counting the slots (property)', () => {
    expect(hasNoSlots(EMPTY_WEEK)).toBe(true);
    expect(hasNoSlots(withRange(EMPTY_WEEK, [6], 47, 48, true))).toBe(false);
    fc.assert(
      fc.property(grid, fc.nat({ max: 7 * SLOTS_PER_DAY - 1 }), (g, slot) => {
        const one = fromSlots(toSlots(EMPTY_WEEK).map((_, i) => i === slot));
        expect(hasNoSlots(one)).toBe(false);
        expect(hasNoSlots(g)).toBe(countSlots(g) === 0);
      }),
      propertyRuns(100),
    );
  });
});

describe('care duties to the quarter hour', () => {
  it.each([
    ['15:45', '16:15', 31, 33],
    ['15:30', '16:30', 31, 33],
    ['15:30', '16:00', 31, 32],
    ['07:15', '08:00', 14, 16],
    ['00:00', '24:00', 0, 48],
  ])('%s–%s keeps half-hour slots %i to %i free', (from, to, a, b) => {
    expect(careSlots(from, to)).toEqual({ ok: true, value: { from: a, to: b } });
  });

  it.each([
    ['15:40', '16:00'],
    ['15:45', '25:00'],
    ['x', '16:00'],
    ['24:15', '24:30'],
  ])('refuses %s–%s', (from, to) => {
    expect(careSlots(from, to).ok).toBe(false);
  });

  it('a drag paints the rectangle it spans, not the diagonal: Monday 08:00 to Wednesday 09:30 is 3 days × 4 half-hours', () => {
    const painted = paintRectangle(toSlots(EMPTY_WEEK), { day: 0, slot: 16 }, { day: 2, slot: 19 }, true);
    expect(painted.filter(Boolean)).toHaveLength(12);
    for (const day of [0, 1, 2])
      for (const slot of [16, 17, 18, 19]) expect(painted[day * SLOTS_PER_DAY + slot], `${day}/${slot}`).toBe(true);
    // dragged the other way round, the same rectangle
    expect(paintRectangle(toSlots(EMPTY_WEEK), { day: 2, slot: 19 }, { day: 0, slot: 16 }, true)).toEqual(painted);
  });

  it('inside the rectangle every cell takes the paint, outside every cell keeps what it had', () => {
    const cell = fc.record({ day: fc.integer({ min: 0, max: 6 }), slot: fc.integer({ min: 0, max: 47 }) });
    fc.assert(
      fc.property(grid, cell, cell, fc.boolean(), (g, a, b, on) => {
        const base = toSlots(g);
        const out = paintRectangle(base, a, b, on);
        for (let d = 0; d < 7; d += 1)
          for (let s = 0; s < SLOTS_PER_DAY; s += 1) {
            const inside =
              d >= Math.min(a.day, b.day) &&
              d <= Math.max(a.day, b.day) &&
              s >= Math.min(a.slot, b.slot) &&
              s <= Math.max(a.slot, b.slot);
            expect(out[d * SLOTS_PER_DAY + s]).toBe(inside ? on : base[d * SLOTS_PER_DAY + s]);
          }
        // the drag going back over its path: a smaller rectangle, painted over the same base
        expect(paintRectangle(base, a, a, on).filter((x, i) => x !== base[i]).length).toBeLessThanOrEqual(1);
      }),
      propertyRuns(200),
    );
  });
});
