import { z } from 'zod';
import { baseRecordShape } from '../entities/base';
import { isoDateSchema, SKILL_LEVELS } from '../entities/common';
import { GROUPS } from '../entities/seeker';

/**
 * Training records (issue 7): a course with its half-day sessions, an enrolment per trainee, and attendance
 * as append-only events. Messages are i18n keys (`errors.*`).
 */

/** `open`: open for enrolment and running (what matching offers as a course for a missing skill). */
export const COURSE_STATUS = ['planned', 'open', 'finished', 'cancelled'] as const;
export type CourseStatus = (typeof COURSE_STATUS)[number];
/** 职业资格证书, 职业技能等级证书, 专项职业能力证书, 培训合格/结业证书 */
export const CERTIFICATE_KINDS = ['qualification', 'skill-level', 'special-ability', 'completion'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];
export const SESSION_PARTS = ['morning', 'afternoon'] as const;
export const SIGN_IN_METHODS = ['roll-call', 'paper', 'card', 'face'] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];
export const ATTENDANCE_MARKS = ['present', 'late', 'absent', 'excused'] as const;
export type AttendanceMark = (typeof ATTENDANCE_MARKS)[number];
export const ENROLMENT_STATUS = ['enrolled', 'waiting', 'withdrawn', 'completed'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUS)[number];

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

export const enrolmentSchema = z.object({
  ...baseRecordShape,
  courseId: z.uuid({ version: 'v7' }),
  seekerId: z.uuid({ version: 'v7' }),
  /** seat number 1…capacity while enrolled or completed; null on the waiting list or after withdrawing */
  seat: z.number().int().min(1).max(500).nullable(),
  status: z.enum(ENROLMENT_STATUS),
  /** when the person asked for a place: the waiting list's order */
  requestedAt: z.number().int().nonnegative(),
  certificateSerial: z.string().trim().max(60).nullable(),
  completedOn: isoDateSchema.nullable(),
  reason: z.string().max(200),
});
export type Enrolment = z.infer<typeof enrolmentSchema>;

/**
 * One attendance event, written once and never changed. The latest event (by `updatedAt`, the hybrid
 * logical clock of its write, then id) for a trainee and a session is what counts; a correction is a new
 * event naming the one it corrects and why.
 */
export const attendanceEventSchema = z.object({
  ...baseRecordShape,
  courseId: z.uuid({ version: 'v7' }),
  sessionId: z.string().min(1).max(40),
  enrolmentId: z.uuid({ version: 'v7' }),
  mark: z.enum(ATTENDANCE_MARKS),
  method: z.enum(SIGN_IN_METHODS),
  /** when the trainee signed in (ms), null when absent or not recorded */
  signedAt: z.number().int().nonnegative().nullable(),
  recordedBy: z.string().max(64).nullable(),
  corrects: z.string().max(64).nullable(),
  reason: z.string().max(200).nullable(),
});
export type AttendanceEvent = z.infer<typeof attendanceEventSchema>;

/** Class hours the course plans: the sum of its sessions. */
export const plannedHours = (course: Pick<Course, 'sessions'>): number =>
  course.sessions.reduce((sum, s) => sum + s.hours, 0);
