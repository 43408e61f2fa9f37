import { z } from 'zod';
import { baseRecordShape } from './base';

export const SIGN_IN_METHODS = ['roll-call', 'paper', 'card', 'face'] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];
export const ATTENDANCE_MARKS = ['present', 'late', 'absent', 'excused'] as const;
export type AttendanceMark = (typeof ATTENDANCE_MARKS)[number];

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
