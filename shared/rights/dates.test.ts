import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonthsClamped,
  addMonthsRolling,
  ageOn,
  daysBetween,
  isIsoDate,
  wholeMonthsBetween,
} from './dates';

describe('calendar arithmetic', () => {
  it('adds days across month and leap-year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(daysBetween('2025-03-01', '2025-04-09')).toBe(39);
  });

  it('rolls a missing day-of-month forward (31 Jan + 1 month = 1 Mar) and clamps it for visits', () => {
    expect(addMonthsRolling('2025-01-31', 1)).toBe('2025-03-01');
    expect(addMonthsRolling('2024-01-31', 1)).toBe('2024-03-01');
    expect(addMonthsRolling('2025-06-01', 1)).toBe('2025-07-01');
    expect(addMonthsRolling('2025-11-15', 3)).toBe('2026-02-15');
    expect(addMonthsClamped('2025-01-31', 1)).toBe('2025-02-28');
  });

  it('counts age in whole years, a 29 February birthday reached on 1 March', () => {
    expect(ageOn('2010-03-15', '2026-03-14')).toBe(15);
    expect(ageOn('2010-03-15', '2026-03-15')).toBe(16);
    expect(ageOn('2008-02-29', '2025-02-28')).toBe(16);
    expect(ageOn('2008-02-29', '2025-03-01')).toBe(17);
  });

  it('counts whole months and validates dates', () => {
    expect(wholeMonthsBetween('2025-04-01', '2025-05-01')).toBe(1);
    expect(wholeMonthsBetween('2025-04-01', '2025-04-30')).toBe(0);
    expect(wholeMonthsBetween('2025-04-10', '2025-04-01')).toBe(0);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });
});
