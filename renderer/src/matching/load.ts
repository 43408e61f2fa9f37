import type { Employer } from '#shared/entities/employer';
import type { Job } from '#shared/entities/job';
import { createMatchContext } from '#shared/matching/context';
import type { MatchContext, RightsFlag } from '#shared/matching/types';
import { minimumRange, minimumWageFor, valueInForce } from '#shared/rights/parameters/lookup';
import { seriousVisitFindingsByEmployer } from '#shared/rights/employer-summary';
import { pastRetirementAge } from '#shared/rights/retirement';
import type { Seeker } from '#shared/entities/seeker';
import type { RuleParams } from '#shared/rights/parameters/rule-params';
import type { StoredFinding } from '#shared/entities/stored-finding';
import type { DoorstepDb } from '../db/db';
import { paramsInForce } from '../db/rule-params';
import { checkPosting } from '../rights/posting-check';
import { stationDay } from '../state/station-day';
import { prepareMatchData, type CourseRow, type MatchData } from './data';
import { postingFlagsFrom } from './rights-flags';

export interface Rules {
  readonly params: RuleParams;
  readonly area: string;
  readonly minimumHourlyWage: number | null;
  /** past the statutory retirement age today, by the schedule in force (null when not sure) */
  readonly pastRetirement: (seeker: Seeker) => boolean | null;
}

/** The rule rows in force (the county's before the shipped defaults, as everywhere in the app) and the local minimum. */
export async function rules(db: DoorstepDb, today: string): Promise<Rules> {
  const [stations, ruleRows] = await Promise.all([db.stations.toArray(), db.ruleParameters.toArray()]);
  const area = stations.find((s) => !s.deleted)?.areaCode ?? '';
  const params = paramsInForce(ruleRows);
  const minimum = area ? minimumWageFor(params, area, today) : null;
  const schedule = valueInForce(params, 'retirement-age', area || null, today);
  return {
    params,
    area,
    // With several possible tiers the lowest is the legal floor for sure.
    minimumHourlyWage: minimum ? minimumRange(minimum).hourly.low : null,
    pastRetirement: (s) =>
      schedule && s.birthDate ? pastRetirementAge(s.birthDate, s.sex, null, today, schedule) : null,
  };
}

/**
 * What counts against a posting: its pre-screen run again today with the rules in force (so a new minimum wage
 * or tier flags old postings at once, not on their next save) and its employer's serious visit findings.
 */
export function postingFlags(
  job: Job,
  employer: Pick<Employer, 'villageCode'> | undefined,
  rulesInForce: Rules,
  today: string,
  visitFindings: readonly StoredFinding[] | undefined,
): RightsFlag[] {
  const prescreen =
    job.status === 'open' && !job.deleted
      ? checkPosting(job, employer?.villageCode, rulesInForce.area, rulesInForce.params, today).findings
      : [];
  return postingFlagsFrom(prescreen, visitFindings);
}

/**
 * Reads what matching needs from the station's database and prepares it. Tables another part of the app owns
 * (courses) are read only if this version of the database has them.
 */
export async function loadMatchData(db: DoorstepDb, today = stationDay()): Promise<MatchData> {
  const hasCourses = db.tables.some((t) => t.name === 'courses');
  return db.transaction('r', db.tables, async () => {
    const [seekers, jobs, employers, villages, placements, visits, courses, rulesInForce] = await Promise.all([
      db.seekers.toArray(),
      db.jobs.toArray(),
      db.employers.toArray(),
      db.villages.toArray(),
      db.placements.toArray(),
      db.visits.toArray(),
      hasCourses ? db.table<CourseRow, string>('courses').toArray() : Promise.resolve([] as CourseRow[]),
      rules(db, today),
    ]);
    const employerById = new Map(employers.map((e) => [e.id, e]));
    const visitFindings = seriousVisitFindingsByEmployer(placements, visits);
    const flagsByJob = new Map(
      jobs.map((j) => [
        j.id,
        postingFlags(j, employerById.get(j.employerId), rulesInForce, today, visitFindings.get(j.employerId)),
      ]),
    );
    return prepareMatchData({
      today,
      seekers,
      jobs,
      employers,
      villages,
      courses,
      minimumHourlyWage: rulesInForce.minimumHourlyWage,
      flagsByJob,
      pastRetirement: rulesInForce.pastRetirement,
    });
  });
}

/**
 * The match context for one posting, read inside a running command (a referral checks the pair itself): the
 * gazetteer, the posting's employer, its rights flags and the local minimum wage — the same as the lists use.
 */
export async function pairContext(db: DoorstepDb, job: Job, today: string): Promise<MatchContext> {
  const [villages, employer, placements, rulesInForce] = await Promise.all([
    db.villages.toArray(),
    db.employers.get(job.employerId),
    db.placements.where('employerId').equals(job.employerId).toArray(),
    rules(db, today),
  ]);
  const visits =
    placements.length > 0
      ? await db.visits
          .where('placementId')
          .anyOf(placements.map((p) => p.id))
          .toArray()
      : [];
  const flags = postingFlags(
    job,
    employer,
    rulesInForce,
    today,
    seriousVisitFindingsByEmployer(placements, visits).get(job.employerId),
  );
  return createMatchContext(
    { today, villages, employers: employer ? [employer] : [] },
    {
      rightsFlags: () => flags,
      minimumHourlyWage: rulesInForce.minimumHourlyWage,
      pastRetirement: rulesInForce.pastRetirement,
    },
  );
}
