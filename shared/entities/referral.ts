import { z } from 'zod';
import type { ErrorCode } from '../errors/codes';
import { baseRecordShape } from './base';
import { isoDateSchema } from './common';

/**
 * A referral (推荐): a seeker put forward for a job. Station-owned. The status moves
 * suggested → referred → interviewed → hired / not-hired; hired creates a placement (placement.ts).
 */
export const REFERRAL_STATUSES = ['suggested', 'referred', 'interviewed', 'hired', 'not-hired'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** Which statuses may follow which: forward only, and "not hired" from any open step. */
export const REFERRAL_NEXT: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  suggested: ['referred', 'not-hired'],
  referred: ['interviewed', 'hired', 'not-hired'],
  interviewed: ['hired', 'not-hired'],
  hired: [],
  'not-hired': [],
};

/** A referral still waiting for an outcome (a second one for the same pair is refused meanwhile). */
export const isOpenReferral = (r: { readonly status: ReferralStatus } | undefined): boolean =>
  r !== undefined && REFERRAL_NEXT[r.status].length > 0;

const recordId = (error: ErrorCode) => z.uuid({ version: 'v7', error });

export const referralSchema = z
  .object({
    ...baseRecordShape,
    seekerId: recordId('referral.seeker'),
    jobId: recordId('referral.job'),
    employerId: recordId('referral.employer'),
    status: z.enum(REFERRAL_STATUSES),
    /** the match score when the referral was made; null when staff included a pair the engine excluded */
    score: z.number().min(0).max(100).nullable(),
    /** why staff put forward a pair the engine excluded (audited); null for a normal match */
    overrideReason: z.string().trim().max(500).nullable(),
    /** the hard filters the pair failed when it was included anyway (reason codes) */
    overriddenChecks: z.array(z.string().max(60)).max(20),
    referredOn: isoDateSchema.nullable(),
    interviewOn: isoDateSchema.nullable(),
    /** why not hired, or the outcome in the person's words */
    outcomeReason: z.string().trim().max(500),
    /** set when hired */
    placementId: recordId('referral.placement').nullable(),
    note: z.string().max(1000),
    /** the staff member who made the referral (printed as 经办人 on the letter, whoever reprints it) */
    referredBy: z.string().trim().min(1).max(64),
  })
  .superRefine((r, ctx) => {
    if (r.overriddenChecks.length > 0 && !r.overrideReason)
      ctx.addIssue({ code: 'custom', path: ['overrideReason'], message: 'referral.overrideReason' });
    if (r.status === 'not-hired' && !r.outcomeReason)
      ctx.addIssue({ code: 'custom', path: ['outcomeReason'], message: 'referral.outcomeReason' });
    if (r.status === 'hired' && !r.placementId)
      ctx.addIssue({ code: 'custom', path: ['placementId'], message: 'referral.placement' });
  });
export type Referral = z.infer<typeof referralSchema>;
