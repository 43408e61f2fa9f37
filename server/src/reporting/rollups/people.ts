/**
 * The figures that count one person (ID number) county-wide, kept so a run of whole months sums exactly:
 * `report_roll_people` holds, per figure and person, each month the person registered in and the month they
 * registered in before it (`''` for none); a person counts once in months a…b when one of their months lies in
 * a…b, which is exactly when the first of them does, the one whose previous month is before a. So the count
 * over a…b is the number of rows with a ≤ month ≤ b and prev_month < a, which `report_roll_county` holds
 * already counted per (figure, month, prev_month). `seekers.active` (registered by the end of the period,
 * status 求职中) keeps per person the day of their earliest active registration, counted per day.
 *
 * The same figures are kept per area, for the area codes of the lengths in `AREA_LEVELS` (a county's 6 digits,
 * a township's 9), under the figure `<figure>@<area code>`: a record is in an area when its station's area code
 * or its village code starts with the area's code (as the ledgers filter by area), so each record stands in the
 * areas cut from those two codes, and one person counts once per area.
 */
import { placeholders } from '../../store/sql';

export const PEOPLE_FIGURES = ['seekers.registered', 'seekers.active'] as const;

/** The lengths of area code whose one-per-person figures are kept; other areas are counted from the records. */
export const AREA_LEVELS = [6, 9] as const;

/** The roll-up's figure for `figure` counted within one area. */
export const inArea = (figure: string, area: string): string => `${figure}@${area}`;

/** Every place a row counts in: county-wide (`lv` 0), and each kept length of area code, by station or village. */
const PLACES = `(SELECT 0 AS lv ${AREA_LEVELS.map((n) => `UNION ALL SELECT ${n}`).join(' ')}) lv
  CROSS JOIN (SELECT 0 AS src UNION ALL SELECT 1) src`;

/** The place of one (row, level, source): `''` county-wide, an area code, or null when the row has none there. */
const PLACE = `CASE
    WHEN lv.lv = 0 THEN CASE WHEN src.src = 0 THEN '' END
    WHEN src.src = 0 THEN CASE WHEN length(st.area_code) >= lv.lv THEN substr(st.area_code, 1, lv.lv) END
    ELSE CASE WHEN length(t.village_code) >= lv.lv THEN substr(t.village_code, 1, lv.lv) END
  END`;

/**
 * A reporting table's rows (`table`, aliased `t`) with each place they count in, read once: `area` and the
 * `columns` asked for, one row per (row, place), for these persons (`null`: everyone).
 */
function placed(table: string, columns: string, persons: number | null, where = ''): string {
  const conditions = [
    ...(where ? [where] : []),
    ...(persons === null ? [] : [`t.person_key IN (${placeholders(persons)})`]),
  ];
  return `SELECT * FROM (
      SELECT ${PLACE} AS area, ${columns} FROM ${table} t LEFT JOIN stations st ON st.id = t.station_id CROSS JOIN ${PLACES}
      ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}) p
    WHERE area IS NOT NULL`;
}

/** The figure a row of `base` counts for in `area` (`''`: county-wide). */
const figureIn = (base: string): string => `CASE WHEN area = '' THEN ${base} ELSE ${base} || '@' || area END`;

/** The rows of `report_roll_people` for these persons (`null`: everyone), county-wide and per kept area. */
export function peopleRows(persons: number | null): string[] {
  const month = 'substr(t.registered_on, 1, 7) AS month';
  return [
    `SELECT ${figureIn("'seekers.registered'")} AS figure, person_key, month,
         COALESCE(LAG(month) OVER (PARTITION BY area, person_key ORDER BY month), '') AS prev_month
       FROM (SELECT DISTINCT area, person_key, month FROM (${placed('report_seekers', `t.person_key, ${month}`, persons)}) a) m`,
    `SELECT ${figureIn("'seekers.byPriorityGroup.' || group_code")} AS figure, person_key, month,
         COALESCE(LAG(month) OVER (PARTITION BY group_code, area, person_key ORDER BY month), '') AS prev_month
       FROM (SELECT DISTINCT group_code, area, person_key, month FROM
         (${placed('report_seeker_groups', `t.group_code, t.person_key, ${month}`, persons)}) a) m`,
    `SELECT ${figureIn("'seekers.active'")} AS figure, person_key, MIN(registered_on) AS month, '' AS prev_month
       FROM (${placed('report_seekers', 't.person_key, t.registered_on', persons, "t.status = 'active'")}) a
       GROUP BY area, person_key`,
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
