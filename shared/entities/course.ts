import { z } from 'zod';
import { baseRecordShape } from './base';
import { isoDateSchema, SKILL_LEVELS } from './common';
import { GROUPS } from './seeker';

/** `open`: open for enrolment and running (what matching offers as a course for a missing skill). */
export const COURSE_STATUS = ['planned', 'open', 'finished', 'cancelled'] as const;
export type CourseStatus = (typeof COURSE_STATUS)[number];
/** 职业资格证书, 职业技能等级证书, 专项职业能力证书, 培训合格/结业证书 */
export const CERTIFICATE_KINDS = ['qualification', 'skill-level', 'special-ability', 'completion'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];
export const SESSION_PARTS = ['morning', 'afternoon'] as const;

/** One half-day: a morning or an afternoon on a date, worth some class hours (课时, 45 minutes each). */
export const sessionSchema = z.object({
  id: z.string().min(1).max(40),
  date: isoDateSchema,
  part: z.enum(SESSION_PARTS),
  hours: z.number().positive({ error: 'session.hours' }).max(6, { error: 'session.hours' }),
});
export type Session = z.infer<typeof sessionSchema>;

export const subsidySchema = z
  .object({
    programme: z.string().trim().min(1, { error: 'subsidy.programme' }).max(80),
    minAttendanceRate: z.number().min(0).max(1),
    warnAttendanceRate: z.number().min(0).max(1),
    minClassHours: z.number().min(0).max(2000),
  })
  .refine((s) => s.warnAttendanceRate >= s.minAttendanceRate, {
    error: 'subsidy.warnBelowMin',
    path: ['warnAttendanceRate'],
  });
export type Subsidy = z.infer<typeof subsidySchema>;

/**
 * A training course (培训班) with its half-day sessions. County-shared: the station that runs it changes it.
 * Its trainees are enrolments (enrolment.ts) and their sign-ins attendance events (attendance-event.ts).
 * Messages are i18n keys (`errors.*`).
 */
export const courseSchema = z.object({
  ...baseRecordShape,
  title: z.string().trim().min(1, { error: 'name.empty' }).max(60, { error: 'name.long' }),
  /** from shared/catalogue/skills */
  skillCode: z.string().min(1, { error: 'course.skill' }).max(40),
  /** the level a trainee who completes the course holds */
  skillLevel: z.enum(SKILL_LEVELS),
  certificateKind: z.enum(CERTIFICATE_KINDS),
  certificateName: z.string().trim().min(1, { error: 'course.certificateName' }).max(80),
  sessions: z
    .array(sessionSchema)
    .max(200)
    .refine(
      (xs) =>
        new Set(xs.map((x) => x.id)).size === xs.length &&
        new Set(xs.map((x) => `${x.date}/${x.part}`)).size === xs.length,
      { error: 'course.sessionDuplicate' },
    ),
  venue: z.string().trim().max(100),
  /** a staff member with the trainer role (staff accounts stay on the PC; the name travels with the course) */
  trainerId: z.string().max(64).nullable(),
  trainerName: z.string().max(50),
  targetGroups: z.array(z.enum(GROUPS)).max(GROUPS.length),
  capacity: z.number().int().min(1, { error: 'course.capacity' }).max(500, { error: 'course.capacity' }),
  subsidy: subsidySchema.nullable(),
  status: z.enum(COURSE_STATUS),
  notes: z.string().max(1000),
});
export type Course = z.infer<typeof courseSchema>;

/** Class hours the course plans: the sum of its sessions. */
export const plannedHours = (course: Pick<Course, 'sessions'>): number =>
  course.sessions.reduce((sum, s) => sum + s.hours, 0);
