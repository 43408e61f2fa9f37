/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), in whole days, with no time zone and no clock: the
 * evaluation date is always passed in. Day numbers are days since 1970-01-01 (proleptic Gregorian).
 */
import { daysInMonth } from '../entities/common';

/** Whether a date exists, and how long a month is: the stored records' one definition. */
export { daysInMonth, isIsoDate } from '../entities/common';

export function dayNumber(iso: string): number {
  return Math.round(
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000,
  );
}

export function fromDayNumber(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/** b − a in days (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/**
 * The same day-of-month `months` later. When that month has no such day (31 January + 1 month) the date
 * rolls over to the first day of the month after (1 March): the later reading, so a deadline computed from it
 * never comes earlier than the law's.
 */
export function addMonthsRolling(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  const d = Number(iso.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = (((m % 12) + 12) % 12) + 1;
  if (d <= daysInMonth(year, month))
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return addDays(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`, daysInMonth(year, month));
}

/** The same day-of-month `months` later, or that month's last day when it has no such day (visit dates). */
export function addMonthsClamped(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  const year = y + Math.floor(m / 12);
  const month = (((m % 12) + 12) % 12) + 1;
  const d = Math.min(Number(iso.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Whole years of age (周岁): the registry's one definition. */
export { ageOn } from '../registry/seeker-rules';

/** Whole calendar months from `from` to `to` (0 if `to` is earlier), counting a month when its day-of-month is reached. */
export function wholeMonthsBetween(from: string, to: string): number {
  let months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  if (months > 0 && addMonthsRolling(from, months) > to) months -= 1;
  return Math.max(0, months);
}
