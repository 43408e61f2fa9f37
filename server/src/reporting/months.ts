import { addDays } from '#shared/rights/dates';
import { daysInMonth } from '#shared/entities/common';
import { ServiceError } from '../service-error';

/** The most months a trend covers. */
export const MAX_TREND_MONTHS = 36;

/** The calendar months a period touches, each with the period's part of it. */
export function monthsOf(from: string, to: string): { month: string; from: string; to: string }[] {
  const out: { month: string; from: string; to: string }[] = [];
  let start = from;
  while (start <= to) {
    const year = Number(start.slice(0, 4));
    const month = Number(start.slice(5, 7));
    const last = `${start.slice(0, 7)}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
    out.push({ month: start.slice(0, 7), from: start, to: last < to ? last : to });
    if (out.length > MAX_TREND_MONTHS)
      throw new ServiceError(
        400,
        'request.invalid',
        `A trend covers at most ${MAX_TREND_MONTHS} months`,
        `趋势图最多覆盖 ${MAX_TREND_MONTHS} 个月，请缩短时间段`,
      );
    start = addDays(last, 1);
  }
  return out;
}
