import { describe, expect, it } from 'vitest';
import type { Pay } from '../entities/job';
import { hourlyFloor, hourlyPay, payScore } from './pay';
import { DEFAULT_PARAMETERS } from './parameters';

const P = DEFAULT_PARAMETERS.pay;
const flexible = { weeklyHours: null, days: 0 };
const fullTime = { weeklyHours: 40, days: 5 };
const schoolHours = { weeklyHours: 30, days: 5 }; // 09:00–15:00 on weekdays

describe('effective hourly pay', () => {
  it.each([
    ['hourly', { kind: 'hourly', amount: 20 }, flexible, 20],
    ['piece: 0.5 yuan × 40 pieces an hour', { kind: 'piece', amount: 0.5, piecesPerHour: 40 }, schoolHours, 20],
    ['piece: 8 yuan × 2.5 pieces an hour', { kind: 'piece', amount: 8, piecesPerHour: 2.5 }, flexible, 20],
    ['daily, no grid: ÷ 8 h', { kind: 'daily', amount: 120 }, flexible, 15],
    ['daily, 6-hour days from the grid', { kind: 'daily', amount: 120 }, schoolHours, 20],
    ['monthly, no grid: ÷ 21.75 × 8 = 174 h', { kind: 'monthly', amount: 3480 }, flexible, 20],
    ['monthly, 40-hour grid: the same 174 h', { kind: 'monthly', amount: 3480 }, fullTime, 20],
    ['monthly, 30-hour grid: ÷ 130.5 h', { kind: 'monthly', amount: 3200 }, schoolHours, 3200 / 130.5],
  ] as const satisfies readonly (readonly [string, Pay, { weeklyHours: number | null; days: number }, number])[])(
    '%s',
    (_name, pay, hours, expected) => {
      expect(hourlyPay(pay, hours, P)).toBeCloseTo(expected, 6);
    },
  );

  it.each([
    [{ amount: 2000, per: 'month' }, 2000 / 174],
    [{ amount: 160, per: 'day' }, 20],
    [{ amount: 18, per: 'hour' }, 18],
  ] as const)('a floor of %o is %f yuan an hour', (floor, expected) => {
    expect(hourlyFloor(floor, P)).toBeCloseTo(expected, 6);
  });

  it('no floor is null, not zero', () => {
    expect(hourlyFloor(null, P)).toBeNull();
  });

  it.each([
    [0.4, 0],
    [0.5, 0],
    [0.75, 0.3],
    [1, 0.6],
    [1.15, 0.8],
    [1.3, 1],
    [2, 1],
  ])('pay ÷ floor %f scores %f', (ratio, score) => {
    expect(payScore(ratio, P)).toBeCloseTo(score, 6);
  });
});
