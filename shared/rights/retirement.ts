import { addMonthsClamped } from './dates';
import type { RetirementGroup, ValueOf } from '../entities/rule-parameter';

export type RetirementSchedule = ValueOf<'retirement-age'>;

export interface RetirementAge {
  /** age in whole months at which this person reaches the statutory retirement age */
  readonly ageMonths: number;
  /** the date it is reached: the same day of the month as the birth date */
  readonly date: string;
}

const monthIndex = (iso: string): number => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;

/**
 * The statutory retirement age after the 2025 reform. Someone whose original retirement month falls before
 * the reform keeps the original age. From the reform's first month the age rises one month for every
 * `monthsPerStep` months of birth (the first affected month already by one month), up to the target age.
 */
export function retirementAge(
  birthDate: string,
  group: RetirementGroup,
  schedule: RetirementSchedule,
): RetirementAge | null {
  const g = schedule.groups.find((x) => x.group === group);
  if (!g) return null;
  const originalMonths = g.originalAgeYears * 12;
  const original = addMonthsClamped(birthDate, originalMonths);
  const k = monthIndex(original) - monthIndex(schedule.reformStart);
  const delay = k < 0 ? 0 : Math.min(Math.floor(k / g.monthsPerStep) + 1, (g.targetAgeYears - g.originalAgeYears) * 12);
  return { ageMonths: originalMonths + delay, date: addMonthsClamped(birthDate, originalMonths + delay) };
}

/**
 * Whether someone is past the retirement age on `date`: true, false, or null when it depends on a fact we
 * lack (a woman's post kind when the two ages give different answers; or sex).
 */
export function pastRetirementAge(
  birthDate: string,
  sex: 'male' | 'female' | null,
  post: 'cadre' | 'worker' | null,
  date: string,
  schedule: RetirementSchedule,
): boolean | null {
  const groups: RetirementGroup[] =
    sex === 'male'
      ? ['male']
      : sex === 'female'
        ? post === 'cadre'
          ? ['female-cadre']
          : post === 'worker'
            ? ['female-worker']
            : ['female-cadre', 'female-worker']
        : ['male', 'female-cadre', 'female-worker'];
  const answers = groups.map((g) => {
    const r = retirementAge(birthDate, g, schedule);
    return r ? date >= r.date : null;
  });
  const first = answers[0];
  return first !== undefined && first !== null && answers.every((a) => a === first) ? first : null;
}
