import {
  projectEmployer,
  projectJob,
  projectPlacement,
  projectReferral,
  projectSeeker,
  projectVisit,
  type Projected,
} from './project-people';
import { projectAttendance, projectCourse, projectEnrolment } from './project-training';
import type { ProjectionSource } from './project-values';

/** A reporting table a record's rows live in, and the column that names the record there. */
export interface ProjectionTarget {
  readonly table: string;
  readonly key: string;
}

interface Projection {
  readonly targets: readonly ProjectionTarget[];
  readonly project: (source: ProjectionSource) => Projected;
}

const own = (table: string): ProjectionTarget => ({ table, key: 'id' });

/** Which synced tables the console reads, where their rows go and how they are made. */
export const PROJECTIONS: Readonly<Record<string, Projection>> = {
  seekers: {
    targets: [own('report_seekers'), { table: 'report_seeker_groups', key: 'seeker_id' }, own('report_withdrawn')],
    project: projectSeeker,
  },
  employers: { targets: [own('report_employers')], project: projectEmployer },
  jobs: { targets: [own('report_jobs')], project: projectJob },
  referrals: { targets: [own('report_referrals')], project: projectReferral },
  placements: {
    targets: [own('report_placements'), { table: 'report_follow_ups', key: 'placement_id' }],
    project: projectPlacement,
  },
  visits: { targets: [own('report_visits')], project: projectVisit },
  courses: {
    targets: [own('report_courses'), { table: 'report_course_sessions', key: 'course_id' }],
    project: projectCourse,
  },
  enrolments: { targets: [own('report_enrolments')], project: projectEnrolment },
  attendance: { targets: [own('report_attendance')], project: projectAttendance },
};

/**
 * The rows one merged record stands for in the reporting tables: a pure function of the record. A tombstoned
 * record stands for none (a tombstoned seeker leaves only its id in `report_withdrawn`, so what was recorded
 * about that person counts nowhere either); a table the console does not read gives nothing.
 */
export function project(source: ProjectionSource): Projected {
  const projection = PROJECTIONS[source.table];
  if (!projection) return {};
  if (source.deleted) return source.table === 'seekers' ? { report_withdrawn: [{ id: source.recordId }] } : {};
  return projection.project(source);
}
