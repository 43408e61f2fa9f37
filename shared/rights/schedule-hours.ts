import { QUARTER_MINUTES, QUARTERS_PER_DAY, scheduleQuarters, type QuarterGrid } from '../schedule/quarter-week';
import { DAYS, type WeekGrid } from '../schedule/week-grid';

/**
 * Working time read from a week grid, to the quarter hour when the job has a quarter grid (a shift to 15:45 is
 * 15 minutes shorter than one to 16:00). Every marked half-hour counts as working time: the grid does not say
 * which half-hours are unpaid meal breaks, so a 08:00–17:00 day counts 9 hours (and a check that finds it
 * over 8 says it may include a break).
 */
export interface ScheduleHours {
  readonly hoursPerWeek: number;
  readonly maxHoursPerDay: number;
  /** hours per week ÷ days with any work (0 when none) */
  readonly avgHoursPerWorkDay: number;
  readonly restDaysPerWeek: number;
  readonly hoursByDay: readonly number[];
}

export function scheduleHours(schedule: { readonly grid: WeekGrid; readonly quarters?: QuarterGrid }): ScheduleHours {
  const quarters = scheduleQuarters(schedule);
  const hoursByDay: number[] = [];
  for (let d = 0; d < DAYS; d += 1) {
    const worked = quarters.slice(d * QUARTERS_PER_DAY, (d + 1) * QUARTERS_PER_DAY).filter(Boolean).length;
    hoursByDay.push((worked * QUARTER_MINUTES) / 60);
  }
  const hoursPerWeek = hoursByDay.reduce((a, b) => a + b, 0);
  const workDays = hoursByDay.filter((h) => h > 0).length;
  return {
    hoursPerWeek,
    maxHoursPerDay: Math.max(...hoursByDay),
    avgHoursPerWorkDay: workDays === 0 ? 0 : hoursPerWeek / workDays,
    restDaysPerWeek: DAYS - workDays,
    hoursByDay,
  };
}
