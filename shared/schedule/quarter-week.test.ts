import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '#test/support/property-runs';
import { jobScheduleSchema } from '../entities/job';
import { scheduleHours } from '../rights/schedule-hours';
import {
  fromQuarters,
  halfHoursTouched,
  isQuarterGrid,
  quartersOfHalfHours,
  scheduleQuarters,
  shifts,
  toQuarters,
  withShiftEdges,
} from './quarter-week';
import { DAYS, EMPTY_WEEK, fromSlots, SLOTS_PER_DAY, toSlots, withRange, WEEKDAYS, type Day } from './week-grid';

const halfHourGrid = fc.array(fc.boolean(), { minLength: 336, maxLength: 336 }).map(fromSlots);
const quarterWeek = fc.array(fc.boolean(), { minLength: 672, maxLength: 672 });

/** Hours per day as the half-hour grid alone counts them: every painted half-hour is 0.5 h. */
const halfHourHours = (grid: string) => {
  const slots = toSlots(grid);
  return Array.from({ length: DAYS }, (_, d) =>
    slots.slice(d * SLOTS_PER_DAY, (d + 1) * SLOTS_PER_DAY).reduce((n, on) => n + (on ? 0.5 : 0), 0),
  );
};

describe('the quarter-hour week', () => {
  it('reads every old half-hour schedule the same: its quarters touch exactly its half-hours, hours unchanged', () => {
    fc.assert(
      fc.property(halfHourGrid, (grid) => {
        expect(halfHoursTouched(quartersOfHalfHours(grid))).toBe(grid);
        expect(scheduleQuarters({ grid })).toEqual(quartersOfHalfHours(grid));
        expect(scheduleHours({ grid }).hoursByDay).toEqual(halfHourHours(grid));
        expect(jobScheduleSchema.safeParse({ kind: 'grid', grid }).success).toBe(true);
        // a shift list of the half-hours themselves moves no edge
        expect(withShiftEdges(grid, shifts(quartersOfHalfHours(grid)))).toBeUndefined();
      }),
      propertyRuns(200),
    );
  });

  it('round-trips any quarter week through its 168-character text', () => {
    fc.assert(
      fc.property(quarterWeek, (quarters) => {
        const text = fromQuarters(quarters);
        expect(isQuarterGrid(text)).toBe(true);
        expect(toQuarters(text)).toEqual(quarters);
        expect(fromQuarters(toQuarters(text))).toBe(text);
      }),
      propertyRuns(200),
    );
  });

  it('keeps quarter-hour shift edges: a painted shift moved in by a quarter at either end reads back exactly', () => {
    const day = fc.integer({ min: 0, max: 6 }) as fc.Arbitrary<Day>;
    const run = fc
      .tuple(fc.integer({ min: 0, max: 46 }), fc.integer({ min: 2, max: 12 }))
      .map(([from, len]) => ({ from, to: Math.min(48, from + len) }));
    fc.assert(
      fc.property(day, run, fc.boolean(), fc.boolean(), (d, r, late, early) => {
        const grid = withRange(EMPTY_WEEK, [d], r.from, r.to, true);
        const exact = { day: d, from: r.from * 30 + (late ? 15 : 0), to: r.to * 30 - (early ? 15 : 0) };
        const quarters = withShiftEdges(grid, [exact]);
        if (!late && !early) {
          expect(quarters).toBeUndefined();
          return;
        }
        expect(quarters).toBeDefined();
        const schedule = { kind: 'grid' as const, grid, quarters };
        expect(shifts(scheduleQuarters(schedule))).toEqual([exact]);
        expect(halfHoursTouched(toQuarters(quarters ?? ''))).toBe(grid);
        expect(jobScheduleSchema.safeParse(schedule).success).toBe(true);
        expect(scheduleHours(schedule).hoursByDay[d]).toBe((exact.to - exact.from) / 60);
      }),
      propertyRuns(200),
    );
  });

  it('ignores an edge that does not fit the painted shift, and refuses quarters that do not match the grid', () => {
    const grid = withRange(EMPTY_WEEK, WEEKDAYS, 18, 32, true); // 09:00–16:00
    expect(withShiftEdges(grid, [{ day: 0, from: 540, to: 930 }])).toBeUndefined(); // 15:30: a whole half-hour in
    const to1545 = withShiftEdges(
      grid,
      WEEKDAYS.map((day) => ({ day, from: 540, to: 945 })),
    );
    expect(scheduleHours({ grid, quarters: to1545 })).toMatchObject({ hoursPerWeek: 33.75, maxHoursPerDay: 6.75 });
    const other = withRange(EMPTY_WEEK, WEEKDAYS, 18, 30, true);
    expect(jobScheduleSchema.safeParse({ kind: 'grid', grid: other, quarters: to1545 }).success).toBe(false);
    expect(jobScheduleSchema.safeParse({ kind: 'grid', grid, quarters: 'zz' }).success).toBe(false);
  });
});
