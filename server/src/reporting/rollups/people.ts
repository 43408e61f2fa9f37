/**
 * The figures that count one person (ID number) county-wide, kept so a run of whole months sums exactly:
 * `report_roll_people` holds, per figure and person, each month the person registered in and the month they
 * registered in before it (`''` for none); a person counts once in months a…b when one of their months lies in
 * a…b, which is exactly when the first of them does, the one whose previous month is before a. So the count
 * over a…b is the number of rows with a ≤ month ≤ b and prev_month < a, which `report_roll_county` holds
 * already counted per (figure, month, prev_month). `seekers.active` (registered by the end of the period,
 * status 求职中) keeps per person the day of their earliest active registration, counted per day.
 */
import { placeholders } from '../../store/sql';

export const PEOPLE_FIGURES = ['seekers.registered', 'seekers.active'] as const;

const only = (column: string, persons: number | null): string =>
  persons === null ? '' : `WHERE ${column} IN (${placeholders(persons)})`;

/** The rows of `report_roll_people` for these persons (`null`: everyone). */
export function peopleRows(persons: number | null): string[] {
  return [
    `SELECT 'seekers.registered' AS figure, person_key, month,
       COALESCE(LAG(month) OVER (PARTITION BY person_key ORDER BY month), '') AS prev_month
     FROM (SELECT DISTINCT person_key, substr(registered_on, 1, 7) AS month FROM report_seekers
       ${only('person_key', persons)}) m`,
    `SELECT 'seekers.byPriorityGroup.' || group_code AS figure, person_key, month,
       COALESCE(LAG(month) OVER (PARTITION BY group_code, person_key ORDER BY month), '') AS prev_month
     FROM (SELECT DISTINCT group_code, person_key, substr(registered_on, 1, 7) AS month FROM report_seeker_groups
       ${only('person_key', persons)}) m`,
    `SELECT 'seekers.active' AS figure, person_key, MIN(registered_on) AS month, '' AS prev_month
     FROM report_seekers WHERE status = 'active' ${persons === null ? '' : `AND person_key IN (${placeholders(persons)})`}
     GROUP BY person_key`,
  ];
}

const PEOPLE_COLUMNS = 'figure, person_key, month, prev_month';

/** Fills the people and county roll-ups from the reporting tables (they are empty). */
export const FILL_PEOPLE: readonly string[] = [
  ...peopleRows(null).map((rows) => `INSERT INTO report_roll_people (${PEOPLE_COLUMNS}) ${rows}`),
  `INSERT INTO report_roll_county (figure, month, prev_month, n)
   SELECT figure, month, prev_month, COUNT(*) FROM report_roll_people GROUP BY figure, month, prev_month`,
];

type Run = (sql: string, params: readonly unknown[]) => Promise<unknown>;

/** Adds (or takes away) these persons' rows to the county counts. */
const shift = (run: Run, persons: readonly string[], sign: '' | '-') =>
  run(
    `INSERT INTO report_roll_county (figure, month, prev_month, n)
     SELECT figure, month, prev_month, ${sign}COUNT(*) FROM report_roll_people
     WHERE person_key IN (${placeholders(persons.length)}) GROUP BY figure, month, prev_month
     ON CONFLICT (figure, month, prev_month) DO UPDATE SET n = report_roll_county.n + excluded.n`,
    persons,
  );

/** Counts these persons again from the reporting tables (at most ~300 at a time). */
export async function recountPeople(run: Run, persons: readonly string[]): Promise<void> {
  if (persons.length === 0) return;
  await shift(run, persons, '-');
  await run(`DELETE FROM report_roll_people WHERE person_key IN (${placeholders(persons.length)})`, persons);
  for (const rows of peopleRows(persons.length))
    await run(`INSERT INTO report_roll_people (${PEOPLE_COLUMNS}) ${rows}`, persons);
  await shift(run, persons, '');
  await run('DELETE FROM report_roll_county WHERE n = 0', []);
}
