import { needs, plain, type ErrorTable } from './table';

/** Codes of referrals (matching's outcome): the pair, the reasons asked for and the steps. */
export const MATCHING_ERRORS = {
  'referral.seeker': plain,
  'referral.job': plain,
  'referral.employer': plain,
  'referral.placement': plain,
  'referral.overrideReason': plain,
  'referral.outcomeReason': plain,
  'referral.startDate': plain,
  'referral.jobClosed': plain,
  /** The pair has an open referral already: `existingId`. */
  'referral.exists': needs<{ readonly existingId: string }>(),
  'referral.missing': plain,
  /** A step the referral cannot take, from its status to the asked one. */
  'referral.step': needs<{ readonly from: string; readonly to: string }>(),
} as const satisfies ErrorTable;
