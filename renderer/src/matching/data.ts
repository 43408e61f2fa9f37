import type { Employer } from '#shared/entities/employer';
import type { Job } from '#shared/entities/job';
import type { Seeker } from '#shared/entities/seeker';
import type { Village } from '#shared/entities/village';
import { createMatchContext } from '#shared/matching/context';
import type { SkillLevel } from '#shared/entities/common';
import { LEVEL_RANK } from '#shared/matching/parameters';
import { prepareJob, prepareSeeker } from '#shared/matching/prepare';
import type { CourseHint, MatchContext, PreparedJob, PreparedSeeker, RightsFlag } from '#shared/matching/types';

/** A course as matching sees it: what it teaches and whether people can still join. */
export interface CourseRow {
  readonly id: string;
  readonly title: string;
  readonly skillCode: string;
  /** the level the course brings its trainees to (older records may lack it) */
  readonly skillLevel?: SkillLevel;
  readonly status: string;
  readonly deleted: boolean;
}

/** Course statuses that are worth suggesting to someone who lacks the skill (not finished, not cancelled). */
const COURSE_JOINABLE = new Set(['planned', 'open', 'enrolling', 'running']);

/** The joinable courses by the skill they teach, as matching suggests them to someone who lacks the skill. */
export function courseHints(rows: readonly CourseRow[]): Map<string, CourseHint[]> {
  const courses = new Map<string, CourseHint[]>();
  for (const c of rows) {
    if (c.deleted || !COURSE_JOINABLE.has(c.status)) continue;
    const list = courses.get(c.skillCode) ?? [];
    list.push({ id: c.id, title: c.title, ...(c.skillLevel ? { level: LEVEL_RANK[c.skillLevel] } : {}) });
    courses.set(c.skillCode, list);
  }
  return courses;
}

export interface MatchInputs {
  readonly today: string;
  readonly seekers: readonly Seeker[];
  readonly jobs: readonly Job[];
  readonly employers: readonly Employer[];
  readonly villages: readonly Village[];
  readonly courses: readonly CourseRow[];
  /** the hourly minimum wage in force today for the station's area, if the county has one */
  readonly minimumHourlyWage: number | null;
  /** the rights flags that count against each posting (its pre-screen today and its employer's visits) */
  readonly flagsByJob: ReadonlyMap<string, readonly RightsFlag[]>;
  readonly pastRetirement?: (seeker: Seeker) => boolean | null;
}

/** Everything a query needs, prepared once per change of the data. */
export interface MatchData {
  readonly ctx: MatchContext;
  readonly seekers: readonly PreparedSeeker[];
  readonly jobs: readonly PreparedJob[];
  readonly seekerById: ReadonlyMap<string, PreparedSeeker>;
  readonly jobById: ReadonlyMap<string, PreparedJob>;
  /** the courses the station knows (for the skills gap's "courses already planned") */
  readonly courses: readonly CourseRow[];
}

/**
 * Builds the engine's context from the station's records: the gazetteer, employers, the rights flags of each
 * posting, the courses that teach a skill, and the local minimum wage. Closed and deleted postings
 * stay prepared (a why-not for them says "closed"); deleted seekers do not.
 */
export function prepareMatchData(input: MatchInputs): MatchData {
  const courses = courseHints(input.courses);
  const ctx = createMatchContext(
    { today: input.today, villages: input.villages, employers: input.employers },
    {
      rightsFlags: (_employerId, jobId) => input.flagsByJob.get(jobId),
      coursesForSkill: (skill) => courses.get(skill),
      minimumHourlyWage: input.minimumHourlyWage,
      ...(input.pastRetirement ? { pastRetirement: input.pastRetirement } : {}),
    },
  );
  const seekers = input.seekers.filter((s) => !s.deleted).map((s) => prepareSeeker(s, ctx));
  const jobs = input.jobs.filter((j) => !j.deleted).map((j) => prepareJob(j, ctx));
  return {
    ctx,
    seekers,
    jobs,
    seekerById: new Map(seekers.map((s) => [s.id, s])),
    jobById: new Map(jobs.map((j) => [j.id, j])),
    courses: input.courses,
  };
}
