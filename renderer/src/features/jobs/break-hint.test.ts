import { describe, expect, it } from 'vitest';
import { EMPTY_WEEK, withRange, type Day } from '#shared/schedule/week-grid';
import { unbrokenStretches } from './break-hint';

const MON_THU: readonly Day[] = [0, 1, 2, 3];

describe('days without a break', () => {
  it('names the days and times that run over 8 hours in a row', () => {
    expect(unbrokenStretches(withRange(EMPTY_WEEK, MON_THU, 16, 34, true))).toEqual({
      zh: '周一至周四 08:00–17:00',
      en: 'Mon–Thu 08:00–17:00',
    });
  });

  it('says nothing when lunch is left blank, or when a day is exactly 8 hours', () => {
    const withLunch = withRange(withRange(EMPTY_WEEK, MON_THU, 16, 34, true), MON_THU, 24, 26, false);
    expect(unbrokenStretches(withLunch)).toBeNull();
    expect(unbrokenStretches(withRange(EMPTY_WEEK, MON_THU, 16, 32, true))).toBeNull();
    expect(unbrokenStretches(EMPTY_WEEK)).toBeNull();
  });
});
