import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '#test/support/property-runs';
import { countSlots, EMPTY_WEEK, fromSlots, minus, within, withRange, WEEKDAYS, type Day } from '../schedule/week-grid';
import { bitsToGrid, careBits, conflict, countBits, gridBits, halo, inside } from './bits';
import { describeSlots } from './describe';

const grid = fc.array(fc.boolean(), { minLength: 336, maxLength: 336 }).map(fromSlots);

describe('week grids as bitsets', () => {
  it('agree with the week-grid helpers (property)', () => {
    fc.assert(
      fc.property(grid, grid, (a, b) => {
        expect(bitsToGrid(gridBits(a))).toBe(a);
        expect(countBits(gridBits(a))).toBe(countSlots(a));
        expect(inside(gridBits(a), gridBits(b))).toBe(within(a, b));
        expect(conflict(gridBits(a), gridBits(b)).total).toBe(countSlots(minus(a, b)));
      }),
      propertyRuns(100),
    );
  });

  it('a conflict counts its worst day', () => {
    const job = withRange(EMPTY_WEEK, WEEKDAYS, 16, 34, true); // 08:00–17:00
    const free = withRange(EMPTY_WEEK, WEEKDAYS, 17, 31, true); // 08:30–15:30
    expect(conflict(gridBits(job), gridBits(free))).toEqual({ maxPerDay: 4, total: 20 });
  });

  it('the halo is the hour either side of each block, the same day only', () => {
    const job = withRange(EMPTY_WEEK, [0, 6] as Day[], 0, 2, true);
    const expected = withRange(EMPTY_WEEK, [0, 6] as Day[], 2, 4, true);
    expect(bitsToGrid(halo(gridBits(job), 2))).toBe(expected);
  });

  it('a care duty blocks its half-hours on its days', () => {
    expect(bitsToGrid(careBits({ days: [0, 2], from: '15:30', to: '16:30' }))).toBe(
      withRange(EMPTY_WEEK, [0, 2] as Day[], 31, 33, true),
    );
    // to the quarter hour, rounded out to the half-hours it touches: 15:45 → from 15:30
    expect(bitsToGrid(careBits({ days: [1], from: '15:45', to: '16:30' }))).toBe(
      withRange(EMPTY_WEEK, [1] as Day[], 31, 33, true),
    );
    expect(countBits(careBits({ days: [1], from: '15:40', to: '16:30' }))).toBe(0); // not a quarter-hour time: the schema refuses it
  });

  it('describes slots in words, grouping days with the same hours', () => {
    const g = withRange(withRange(EMPTY_WEEK, WEEKDAYS, 16, 17, true), [5, 6] as Day[], 20, 24, true);
    expect(describeSlots(gridBits(g))).toEqual({
      zh: '周一至周五 08:00–08:30；周六、周日 10:00–12:00',
      en: 'Mon–Fri 08:00–08:30; Sat, Sun 10:00–12:00',
    });
    expect(describeSlots(gridBits(withRange(EMPTY_WEEK, [0, 2, 3, 4] as Day[], 0, 48, true))).zh).toBe(
      '周一、周三至周五 00:00–24:00',
    );
  });
});
