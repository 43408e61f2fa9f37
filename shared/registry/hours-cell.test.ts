import { describe, expect, it } from 'vitest';
import { ALL_DAYS, EMPTY_WEEK, presetGrid, withRange, WEEKDAYS } from '../schedule/week-grid';
import { HOURS_CHOICES, parseHoursCell } from './hours-cell';

describe('the import’s working-hours cell', () => {
  it('every drop-down choice is read', () => {
    for (const choice of HOURS_CHOICES) expect(parseHoursCell(choice)).toMatch(/^[0-9a-f]{84}$/);
    expect(parseHoursCell('每天上午')).toBe(presetGrid('mornings'));
  });

  it('a range alone is Monday to Friday; 每天 makes it every day', () => {
    expect(parseHoursCell('8:00-17:00')).toBe(withRange(EMPTY_WEEK, WEEKDAYS, 16, 34, true));
    expect(parseHoursCell('白天8-17')).toBe(withRange(EMPTY_WEEK, WEEKDAYS, 16, 34, true));
    expect(parseHoursCell('每天 8:30～12:00')).toBe(withRange(EMPTY_WEEK, ALL_DAYS, 17, 24, true));
  });

  it('parts joined by 、 are added together', () => {
    expect(parseHoursCell('每天上午、每天晚上')).toBe(withRange(presetGrid('mornings'), ALL_DAYS, 36, 42, true));
  });

  it('blank is null; anything else is unreadable, never a guess', () => {
    expect(parseHoursCell('  ')).toBeNull();
    for (const text of ['有空就行', '17-8', '8:15-12:00', '上午、随便'])
      expect(parseHoursCell(text)).toBe('unreadable');
  });
});
