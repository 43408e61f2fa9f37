import { minimumRange, minimumWageFor } from '../../../shared/rights/parameters/lookup';
import type { DoorstepDb } from '../db/db';
import { paramsInForce } from '../db/rule-params';
import { stationDay } from '../state/station-day';
import { prepareMatchData, type CourseRow, type MatchData } from './data';

/** The station's day (China time), as everywhere in the app. */
export const localToday = (now = Date.now()): string => stationDay(now);

/**
 * Reads what matching needs from the station's database and prepares it. Tables another part of the app owns
 * (courses) are read only if this version of the database has them.
 */
export async function loadMatchData(db: DoorstepDb, today = localToday()): Promise<MatchData> {
  const hasCourses = db.tables.some((t) => t.name === 'courses');
  const [seekers, jobs, employers, villages, stations, ruleRows, courses] = await db.transaction('r', db.tables, () =>
    Promise.all([
      db.seekers.toArray(),
      db.jobs.toArray(),
      db.employers.toArray(),
      db.villages.toArray(),
      db.stations.toArray(),
      db.ruleParameters.toArray(),
      hasCourses ? db.table<CourseRow, string>('courses').toArray() : Promise.resolve([] as CourseRow[]),
    ]),
  );
  const area = stations.find((s) => !s.deleted)?.areaCode ?? '';
  // The same rows in force as everywhere else in the app: the county's before the shipped defaults.
  const params = paramsInForce(ruleRows);
  const minimum = area ? minimumWageFor(params, area, today) : null;
  // With several possible tiers the lowest is the legal floor for sure.
  const minimumHourlyWage = minimum ? minimumRange(minimum).hourly.low : null;
  return prepareMatchData({ today, seekers, jobs, employers, villages, courses, minimumHourlyWage });
}
