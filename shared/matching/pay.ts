import type { Pay } from '../entities/job';
import type { Seeker } from '../entities/seeker';
import type { MatchParameters } from './parameters';

/**
 * Pay as yuan per hour, so a piece rate, a day rate and a monthly wage can be compared with each other and with a
 * seeker's floor.
 *
 * - piece: rate × pieces a normal worker makes in an hour (劳动法 art. 37; 最低工资规定).
 * - monthly: ÷ hours in a month. Full-time standard is 21.75 paid days × 8 h = 174 h (劳社部发〔2008〕3号). When
 *   the job has a weekly grid its real hours are used instead: weekly hours × 174 ÷ 40.
 * - daily: ÷ hours in the job's working day (its grid's weekly hours ÷ days it works), else 8 h.
 */
export interface JobHours {
  /** hours a week from the job's grid, or null for a flexible job */
  readonly weeklyHours: number | null;
  /** days a week the grid has any slot on */
  readonly days: number;
}

export function monthlyHours(hours: JobHours, p: MatchParameters['pay']): number {
  const standard = p.daysPerMonth * p.hoursPerDay;
  return hours.weeklyHours !== null && hours.weeklyHours > 0
    ? (hours.weeklyHours * standard) / p.hoursPerWeek
    : standard;
}

export function dailyHours(hours: JobHours, p: MatchParameters['pay']): number {
  return hours.weeklyHours !== null && hours.weeklyHours > 0 && hours.days > 0
    ? hours.weeklyHours / hours.days
    : p.hoursPerDay;
}

export function hourlyPay(pay: Pay, hours: JobHours, p: MatchParameters['pay']): number {
  switch (pay.kind) {
    case 'hourly':
      return pay.amount;
    case 'piece':
      return pay.amount * pay.piecesPerHour;
    case 'daily':
      return pay.amount / dailyHours(hours, p);
    case 'monthly':
      return pay.amount / monthlyHours(hours, p);
  }
}

/** A seeker's floor as yuan per hour, at the standard full-time hours; null when they set none. */
export function hourlyFloor(floor: Seeker['payFloor'], p: MatchParameters['pay']): number | null {
  if (floor === null) return null;
  switch (floor.per) {
    case 'hour':
      return floor.amount;
    case 'day':
      return floor.amount / p.hoursPerDay;
    case 'month':
      return floor.amount / (p.daysPerMonth * p.hoursPerDay);
  }
}

/** Pay ÷ reference → sub-score: 0 at or under zeroScoreRatio, scoreAtFloor at 1, 1 at or over fullScoreRatio. */
export function payScore(ratio: number, p: MatchParameters['pay']): number {
  if (ratio >= p.fullScoreRatio) return 1;
  if (ratio >= 1) return p.scoreAtFloor + ((1 - p.scoreAtFloor) * (ratio - 1)) / (p.fullScoreRatio - 1);
  if (ratio <= p.zeroScoreRatio) return 0;
  return (p.scoreAtFloor * (ratio - p.zeroScoreRatio)) / (1 - p.zeroScoreRatio);
}
