import { needs, plain, type ErrorTable } from './table';

/**
 * Codes of sync at the station: clocks, batches, USB bundles and enrolment, with the county's refusals of an
 * enrolment (`enroll.*`) that the station translates.
 */
export const SYNC_ERRORS = {
  'hlc.format': plain,
  /** The other clock is this far ahead of the wall clock. */
  'hlc.drift': needs<{ readonly aheadMs: number }>(),
  'compact.invalid': plain,
  'bundle.json': plain,
  'bundle.invalid': plain,
  'bundle.scope': plain,
  /** The county holds a change aside: its clock is too far ahead of the county's (not stored yet). */
  'clock.ahead': plain,
  'sync.badServer': plain,
  /** An http:// address other than this PC: the token would cross the network in clear. */
  'sync.plainHttp': plain,
  'sync.unreachable': plain,
  'sync.enrollFailed': plain,
  'enroll.badCode': plain,
  'enroll.used': plain,
  'enroll.expired': plain,
  'enroll.voided': plain,
  'enroll.stationMismatch': plain,
  /** The made-up demo county is loaded here: this PC is never enrolled and exports nothing. */
  'sync.demoLoaded': plain,
  /** This PC is enrolled with the county: the made-up demo county is not loaded into it. */
  'demo.enrolled': plain,
} as const satisfies ErrorTable;
