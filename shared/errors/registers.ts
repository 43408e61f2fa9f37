import { needs, plain, type ErrorTable } from './table';

/** Why a new seeker may be someone already registered (the warning names them, and asks for a reason). */
export type DuplicateReason = 'phone' | 'nameAndBirthDate';

/**
 * Codes of the registers' records (seekers, employers, jobs, villages): their schemas' fields, the seeker rules
 * and the commands that keep them unique.
 */
export const REGISTER_ERRORS = {
  required: plain,
  'name.empty': plain,
  'name.long': plain,
  'record.id': plain,
  'record.stationId': plain,
  'date.format': plain,
  'date.future': plain,
  'date.order': plain,
  'time.format': plain,
  'time.order': plain,
  'care.timeFormat': plain,
  /** a job's start or finish: to the quarter hour */
  'time.quarterFormat': plain,
  'availability.format': plain,
  'schedule.format': plain,
  'village.level': plain,
  'village.latitude': plain,
  'village.longitude': plain,
  'consent.matching': plain,
  'seeker.sex': plain,
  /** The same ID number is registered: `existingId` is that seeker. */
  'seeker.duplicateId': needs<{ readonly existingId: string }>(),
  /** Looks like someone registered already: why, and who. */
  'seeker.duplicateWarn': needs<{
    readonly reasons: readonly DuplicateReason[];
    readonly existingIds: readonly string[];
  }>(),
  'reveal.reason': plain,
  'employer.kind': plain,
  'creditCode.taken': plain,
  'job.employer': plain,
  'job.positions': plain,
} as const satisfies ErrorTable;
