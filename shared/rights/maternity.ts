import { addDays, ageOn, daysBetween } from './dates';

/**
 * Pregnancy and breastfeeding as the women-workers check needs them (女职工劳动保护特别规定 art. 6, 9), computed from
 * what staff record — the expected due date, the birth date of the child being breastfed — and the check's date.
 *
 * Month of pregnancy: obstetric months of four weeks counted from the start of the pregnancy, which is 280 days
 * (40 weeks) before the due date: completed months = ⌊(280 − days to the due date) ÷ 28⌋. "怀孕7个月以上" is read as
 * 7 completed months = 28 weeks, the start of the third trimester (孕晚期): from 84 days before the due date.
 * After the due date (plus two weeks for a late birth) the pregnancy is over or about to be: not known.
 */
export const PREGNANCY_DAYS = 280;
const MONTH_DAYS = 28;
const LATE_BIRTH_DAYS = 14;

/** Completed months of pregnancy on `date`; null when the date is too far from the due date to say. */
export function pregnancyMonthOn(dueDate: string, date: string): number | null {
  const toDue = daysBetween(date, dueDate);
  if (toDue > PREGNANCY_DAYS || toDue < -LATE_BIRTH_DAYS) return null;
  return Math.min(10, Math.floor((PREGNANCY_DAYS - toDue) / MONTH_DAYS));
}

/** The first day of the 7th completed month (28 weeks): from then on no overtime and no night shifts. */
export const protectedFrom = (dueDate: string): string => addDays(dueDate, -(PREGNANCY_DAYS - 7 * MONTH_DAYS));

/** Whether the child is under one (未满1周岁) on `date`; null before the child's birth date. */
export function childUnderOne(childBirthDate: string, date: string): boolean | null {
  if (date < childBirthDate) return null;
  return ageOn(childBirthDate, date) < 1;
}

/** What staff record about a woman's pregnancy and breastfeeding (all optional; null = not known). */
export interface MaternityRecord {
  readonly pregnant?: boolean;
  readonly pregnancyDueDate?: string | null;
  readonly breastfeedingChildBirthDate?: string | null;
}

/**
 * The two facts on `date`. Months of pregnancy: from the due date when recorded; 0 when she is recorded as not
 * pregnant and no due date is known; otherwise unknown. Breastfeeding a child under one: from the child's birth
 * date when recorded; otherwise unknown (a visit may answer it).
 */
export function maternityFacts(
  m: MaternityRecord,
  date: string,
): { readonly pregnancyMonths: number | null; readonly breastfeedingUnderOne: boolean | null } {
  const due = m.pregnancyDueDate ?? null;
  const child = m.breastfeedingChildBirthDate ?? null;
  return {
    pregnancyMonths: due !== null ? pregnancyMonthOn(due, date) : m.pregnant === false ? 0 : null,
    breastfeedingUnderOne: child !== null ? childUnderOne(child, date) : null,
  };
}
