import type { Employer } from '#shared/entities/employer';
import type { Job } from '#shared/entities/job';
import type { Seeker } from '#shared/entities/seeker';
import type { StoredFinding } from '#shared/entities/stored-finding';
import { createMatchContext } from '#shared/matching/context';
import { prepareJob, prepareSeeker } from '#shared/matching/prepare';
import type { CourseHint, EmployerRef, MatchContext, PreparedJob, PreparedSeeker } from '#shared/matching/types';
import { seriousVisitFindingsByEmployer } from '#shared/rights/employer-summary';
import type { DoorstepDb } from '../db/db';
import { courseHints, type CourseRow } from './data';
import { postingFlags, rules, type Rules } from './load';

/** What a posting takes from its employer: where it is (place, pre-screen) and whether it is still there. */
const employerKey = (e: Employer | undefined): string => (e ? `${e.deleted}|${e.villageCode ?? ''}` : '-');

function employerRefs(employers: ReadonlyMap<string, Employer>): Map<string, EmployerRef> {
  const refs = new Map<string, EmployerRef>();
  for (const e of employers.values()) if (!e.deleted) refs.set(e.id, { id: e.id, villageCode: e.villageCode });
  return refs;
}

async function readFindings(db: DoorstepDb): Promise<Map<string, StoredFinding[]>> {
  const [placements, visits] = await Promise.all([db.placements.toArray(), db.visits.toArray()]);
  return seriousVisitFindingsByEmployer(placements, visits);
}

const readCourses = (db: DoorstepDb): Promise<CourseRow[]> =>
  db.tables.some((t) => t.name === 'courses') ? db.table<CourseRow, string>('courses').toArray() : Promise.resolve([]);

/**
 * What every prepared seeker and job depends on besides its own record: the day, the rules in force, the
 * gazetteer, the employers, their serious visit findings and the courses. These tables are small and read
 * whole; the two large sides are prepared against them one record at a time (`seeker`, `job`). The refresh
 * methods say which employers' postings a change touches, so only those are prepared again.
 */
export class MatchBase {
  private coursesBySkill: Map<string, CourseHint[]>;
  private context: MatchContext;

  private constructor(
    private readonly db: DoorstepDb,
    readonly today: string,
    private readonly rulesInForce: Rules,
    villages: Parameters<typeof createMatchContext>[0]['villages'],
    private employers: Map<string, Employer>,
    private findings: Map<string, StoredFinding[]>,
    private courseRows: readonly CourseRow[],
  ) {
    this.coursesBySkill = courseHints(courseRows);
    this.context = createMatchContext(
      { today, villages, employers: [] },
      {
        coursesForSkill: (skill) => this.coursesBySkill.get(skill),
        minimumHourlyWage: rulesInForce.minimumHourlyWage,
        pastRetirement: rulesInForce.pastRetirement,
      },
    );
    this.context = { ...this.context, employers: employerRefs(employers) };
  }

  /** Reads the small tables in one transaction, as one consistent picture. */
  static async load(db: DoorstepDb, today: string): Promise<MatchBase> {
    return db.transaction('r', db.tables, async () => {
      const [employers, villages, findings, courses, rulesInForce] = await Promise.all([
        db.employers.toArray(),
        db.villages.toArray(),
        readFindings(db),
        readCourses(db),
        rules(db, today),
      ]);
      return new MatchBase(
        db,
        today,
        rulesInForce,
        villages,
        new Map(employers.map((e) => [e.id, e])),
        findings,
        courses,
      );
    });
  }

  get ctx(): MatchContext {
    return this.context;
  }

  /** The courses the station knows (the skills gap counts those already planned). */
  get courses(): readonly CourseRow[] {
    return this.courseRows;
  }

  /** An employer's name, or empty when it is not known. */
  employerName(id: string): string {
    return this.employers.get(id)?.name ?? '';
  }

  seeker(seeker: Seeker): PreparedSeeker {
    return prepareSeeker(seeker, this.context);
  }

  /** A posting prepared with its rights flags: its pre-screen today and its employer's serious visit findings. */
  job(job: Job): PreparedJob {
    const employer = this.employers.get(job.employerId);
    const flags = postingFlags(job, employer, this.rulesInForce, this.today, this.findings.get(job.employerId));
    return prepareJob(job, { ...this.context, rightsFlags: () => flags });
  }

  /** Reads the employers named (or all) again; answers those whose place or presence changed. */
  async refreshEmployers(ids: readonly string[] | 'all'): Promise<Set<string>> {
    const next = ids === 'all' ? new Map<string, Employer>() : new Map(this.employers);
    const rows = ids === 'all' ? await this.db.employers.toArray() : await this.db.employers.bulkGet([...ids]);
    if (ids !== 'all') for (const id of ids) next.delete(id);
    for (const row of rows) if (row) next.set(row.id, row);
    const changed = new Set<string>();
    for (const id of new Set([...this.employers.keys(), ...next.keys()]))
      if (employerKey(this.employers.get(id)) !== employerKey(next.get(id))) changed.add(id);
    this.employers = next;
    if (changed.size > 0) this.context = { ...this.context, employers: employerRefs(next) };
    return changed;
  }

  /** Reads placements and visits again; answers the employers whose serious findings changed. */
  async refreshFindings(): Promise<Set<string>> {
    const next = await readFindings(this.db);
    const changed = new Set<string>();
    for (const id of new Set([...this.findings.keys(), ...next.keys()]))
      if (JSON.stringify(this.findings.get(id) ?? []) !== JSON.stringify(next.get(id) ?? [])) changed.add(id);
    this.findings = next;
    return changed;
  }

  /** Reads the courses again (they shape reasons at query time, never a prepared record). */
  async refreshCourses(): Promise<void> {
    this.courseRows = await readCourses(this.db);
    this.coursesBySkill = courseHints(this.courseRows);
  }
}
