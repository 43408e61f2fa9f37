import { describe, expect, it } from 'vitest';
import { gridSchedule, scheduleQuarters, shifts } from '#shared/schedule/quarter-week';
import { EMPTY_WEEK, withRange, WEEKDAYS } from '#shared/schedule/week-grid';
import { shiftGroups, withGroupEdges } from './shift-edges';

const weekdays = withRange(EMPTY_WEEK, WEEKDAYS, 18, 32, true); // 09:00–16:00
const saturday = withRange(weekdays, [5], 16, 24, true); // and Saturday 08:00–12:00

describe('shift edges under the week grid', () => {
  it('groups days painted with the same shift, each with its painted and real edges', () => {
    expect(shiftGroups(saturday, undefined)).toEqual([
      { days: [0, 1, 2, 3, 4], painted: { from: 540, to: 960 }, exact: { from: 540, to: 960 } },
      { days: [5], painted: { from: 480, to: 720 }, exact: { from: 480, to: 720 } },
    ]);
  });

  it("moves one group's finish to 15:45 and leaves the other shift as painted", () => {
    const [weekdayGroup] = shiftGroups(saturday, undefined);
    if (!weekdayGroup) throw new Error('no group');
    const quarters = withGroupEdges(saturday, undefined, weekdayGroup, { from: 540, to: 945 });
    const real = shifts(scheduleQuarters(gridSchedule(saturday, quarters)));
    expect(real.filter((s) => s.day < 5).every((s) => s.from === 540 && s.to === 945)).toBe(true);
    expect(real.find((s) => s.day === 5)).toEqual({ day: 5, from: 480, to: 720 });
    expect(shiftGroups(saturday, quarters)[0]?.exact).toEqual({ from: 540, to: 945 });
  });

  it('drops an edge that no longer fits once the shift is repainted', () => {
    const [weekdayGroup] = shiftGroups(weekdays, undefined);
    if (!weekdayGroup) throw new Error('no group');
    const quarters = withGroupEdges(weekdays, undefined, weekdayGroup, { from: 540, to: 945 });
    const repainted = withRange(EMPTY_WEEK, WEEKDAYS, 18, 34, true); // now to 17:00
    expect(gridSchedule(repainted, quarters)).toEqual({ kind: 'grid', grid: repainted });
  });
});
