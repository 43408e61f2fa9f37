import type { CertificateKind, Course, Session } from '#shared/entities/course';
import type { SubsidyThresholds } from '#shared/training/subsidy';
import type { CourseInput } from '../../db/commands/courses';

/** The course form's values: the course, with its subsidy thresholds as percentages and hours. */
export interface CourseFormValues {
  title: string;
  skillCode?: string;
  skillLevel: Course['skillLevel'];
  certificateKind: CertificateKind;
  certificateName: string;
  venue?: string;
  trainerId?: string | null;
  targetGroups?: Course['targetGroups'];
  capacity: number;
  status: Course['status'];
  notes?: string;
  sessions: Session[];
  subsidyOn: boolean;
  programme?: string;
  minRate?: number;
  warnRate?: number;
  minHours?: number;
}

/** What a new course starts with: the skill asked for, and the thresholds for its kind of certificate. */
export function blankCourse(
  skillCode: string | undefined,
  defaults: SubsidyThresholds,
  certificateName: string,
  programme: string,
): CourseFormValues {
  return {
    title: '',
    skillCode,
    skillLevel: 'beginner',
    certificateKind: 'special-ability',
    certificateName,
    capacity: 30,
    status: 'open',
    sessions: [],
    targetGroups: [],
    trainerId: null,
    subsidyOn: true,
    programme,
    minRate: Math.round(defaults.minAttendanceRate * 100),
    warnRate: Math.round(defaults.warnAttendanceRate * 100),
    minHours: defaults.minClassHours,
  };
}

/** An existing course as the form shows it. */
export function toCourseFormValues(course: Course, defaults: SubsidyThresholds): CourseFormValues {
  return {
    ...course,
    subsidyOn: course.subsidy !== null,
    programme: course.subsidy?.programme,
    minRate: Math.round((course.subsidy?.minAttendanceRate ?? 0.8) * 100),
    warnRate: Math.round((course.subsidy?.warnAttendanceRate ?? 0.9) * 100),
    minHours: course.subsidy?.minClassHours ?? defaults.minClassHours,
  };
}

/** The form's values as the command takes them. */
export function toCourseInput(id: string, v: CourseFormValues): CourseInput {
  return {
    id,
    title: v.title,
    skillCode: v.skillCode ?? '',
    skillLevel: v.skillLevel,
    certificateKind: v.certificateKind,
    certificateName: v.certificateName,
    sessions: (v.sessions ?? []).map((s) => ({ id: s.id, date: s.date, part: s.part, hours: Number(s.hours) })),
    venue: v.venue ?? '',
    trainerId: v.trainerId ?? null,
    targetGroups: v.targetGroups ?? [],
    capacity: Number(v.capacity),
    subsidy: v.subsidyOn
      ? {
          programme: v.programme ?? '',
          minAttendanceRate: (v.minRate ?? 80) / 100,
          warnAttendanceRate: (v.warnRate ?? 90) / 100,
          minClassHours: v.minHours ?? 0,
        }
      : null,
    status: v.status,
    notes: v.notes ?? '',
  };
}
