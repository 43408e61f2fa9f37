import { z } from 'zod';
import { baseRecordShape } from './base';
import { isoDateSchema } from './common';

export const ENROLMENT_STATUS = ['enrolled', 'waiting', 'withdrawn', 'completed'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUS)[number];

/** A trainee's place on a course (or on its waiting list). Owned by the station that runs the course. */
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
