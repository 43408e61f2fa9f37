import { z } from 'zod';
import type { ErrorCode } from '../errors/codes';
import { baseRecordShape } from './base';
import { isoDateSchema } from './common';
import { CONTRACT_KINDS, paySchema } from './job';

const recordId = (error: ErrorCode) => z.uuid({ version: 'v7', error });
const money = z.number().positive().max(1_000_000);

/**
 * A placement (a seeker hired into a job): what the follow-up visits and the contract tracker read. A
 * referral marked hired ends in one of these. Station-owned.
 */
const placementShape = {
  ...baseRecordShape,
  seekerId: recordId('placement.seeker'),
  jobId: recordId('placement.job'),
  employerId: recordId('placement.employer'),
  status: z.enum(['active', 'ended']),
  /** first day of work (用工之日) */
  startDate: isoDateSchema,
  endDate: isoDateSchema.nullable(),
  contractKind: z.enum(CONTRACT_KINDS),
  /** 'unknown' until someone has asked */
  contractStatus: z.enum(['signed', 'not-signed', 'unknown']),
  /** only when signed; null = signed on a day not known */
  contractSignedOn: isoDateSchema.nullable(),
  contractTerm: z.enum(['fixed', 'open-ended', 'task']).nullable(),
  contractTermMonths: z.number().positive().max(600).nullable(),
  /** 0 = no probation */
  probationMonths: z.number().min(0).max(12).nullable(),
  probationMonthlyPay: money.nullable(),
  /** pay as agreed */
  wage: paySchema,
  /** what the worker actually received for a normal month, and actually works */
  actualMonthlyPay: money.nullable(),
  actualWeeklyHours: z.number().min(0).max(168).nullable(),
  actualMaxDailyHours: z.number().min(0).max(24).nullable(),
  actualWorkDaysPerWeek: z.number().int().min(0).max(7).nullable(),
  overtimeHoursLastMonth: z.number().min(0).max(744).nullable(),
  payIntervalDays: z.number().int().min(1).max(366).nullable(),
  socialInsuranceStatus: z.enum(['registered', 'not-registered', 'unknown']),
  socialInsuranceRegisteredOn: isoDateSchema.nullable(),
  injuryDate: isoDateSchema.nullable(),
  injuryReportedOn: isoDateSchema.nullable(),
  /** a woman's post kind decides her retirement age */
  retirementPost: z.enum(['cadre', 'worker']).nullable(),
  drawsPension: z.boolean().nullable(),
  note: z.string().max(1000),
};

/**
 * The whole record with its cross-field rules. The county checks a partial mutation against the fields alone
 * (shared/sync/tables.ts): a partial change cannot be cross-checked.
 */
export const placementSchema = z.object(placementShape).superRefine((p, ctx) => {
  if (p.contractSignedOn !== null && p.contractStatus !== 'signed')
    ctx.addIssue({ code: 'custom', path: ['contractSignedOn'], message: 'placement.signedOnWithoutContract' });
  if (p.endDate !== null && p.endDate < p.startDate)
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'date.order' });
  if (p.socialInsuranceRegisteredOn !== null && p.socialInsuranceStatus !== 'registered')
    ctx.addIssue({
      code: 'custom',
      path: ['socialInsuranceRegisteredOn'],
      message: 'placement.registeredOnWithoutRegistration',
    });
});
export type Placement = z.infer<typeof placementSchema>;

/** What is not known about a new placement until someone asks: the follow-up visits fill it in. */
export const UNKNOWN_PLACEMENT_FACTS = {
  endDate: null,
  contractStatus: 'unknown',
  contractSignedOn: null,
  contractTerm: null,
  contractTermMonths: null,
  probationMonths: null,
  probationMonthlyPay: null,
  actualMonthlyPay: null,
  actualWeeklyHours: null,
  actualMaxDailyHours: null,
  actualWorkDaysPerWeek: null,
  overtimeHoursLastMonth: null,
  payIntervalDays: null,
  socialInsuranceStatus: 'unknown',
  socialInsuranceRegisteredOn: null,
  injuryDate: null,
  injuryReportedOn: null,
  retirementPost: null,
  drawsPension: null,
} as const satisfies Partial<Placement>;
