import { needs, plain, type ErrorTable } from './table';

/** Codes of training: courses and their sessions, enrolment, roll-call and certificates. */
export const TRAINING_ERRORS = {
  'training.trainerReadOnly': plain,
  /** Class hours still to come before the course can be completed. */
  'training.notFinished': needs<{ readonly hours: number }>(),
  /** The trainee's attendance rate and the minimum, in per cent. */
  'training.rateTooLow': needs<{ readonly rate: number; readonly min: number }>(),
  'course.skill': plain,
  'course.trainer': plain,
  'course.certificateName': plain,
  'course.capacity': plain,
  /** Trainees already seated (passed as the `validation` error's values). */
  'course.capacityBelowSeated': needs<{ readonly seated: number }>(),
  'course.sessionDuplicate': plain,
  'course.sessionInUse': plain,
  'course.closed': plain,
  'course.otherStation': plain,
  'session.hours': plain,
  'subsidy.programme': plain,
  'subsidy.warnBelowMin': plain,
  'enrolment.notActive': plain,
  /** The session's date, still to come. */
  'attendance.future': needs<{ readonly date: string }>(),
  'attendance.notEnrolled': plain,
  'attendance.reasonNeeded': plain,
  'certificate.serial': plain,
  'certificate.serialTaken': plain,
} as const satisfies ErrorTable;
