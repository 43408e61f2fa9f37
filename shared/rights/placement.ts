import { z } from 'zod';
import type { ErrorCode } from '../errors/codes';
import { baseRecordShape } from '../entities/base';
import { isoDateSchema } from '../entities/common';
import { CONTRACT_KINDS, paySchema } from '../entities/job';
import { storedFindingSchema } from './stored-finding';

export type ContractKind = (typeof CONTRACT_KINDS)[number];

const recordId = (error: ErrorCode) => z.uuid({ version: 'v7', error });
const money = z.number().positive().max(1_000_000);

/**
 * A placement (a seeker hired into a job): what the follow-up visits and the contract tracker read. The
 * matching issue's referral flow ends in one of these. Station-owned.
 */
export const placementShape = {
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
 * The placement's fields without the cross-field rules: what the county server checks a partial mutation
 * against (zod cannot take `.partial()` of a refined schema, and a partial change cannot be cross-checked).
 */
export const placementFieldsSchema = z.object(placementShape);

export const placementSchema = placementFieldsSchema.superRefine((p, ctx) => {
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

export const VISIT_KINDS = ['week-1', 'month-1', 'month-3', 'extra'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

export const ANSWERS = ['yes', 'no', 'unknown'] as const;
export type Answer = (typeof ANSWERS)[number];

export const visitAnswerSchema = z.object({
  questionId: z.string().min(1).max(60),
  answer: z.enum(ANSWERS),
  /** what the answer rests on: "saw the contract", "the worker said", … */
  evidence: z.string().max(500),
});
export type VisitAnswer = z.infer<typeof visitAnswerSchema>;

export { storedFindingSchema, type StoredFinding } from './stored-finding';

/** A follow-up visit (append-only, like attendance). */
export const visitSchema = z.object({
  ...baseRecordShape,
  placementId: recordId('visit.placement'),
  kind: z.enum(VISIT_KINDS),
  visitedOn: isoDateSchema,
  recordedBy: z.string().min(1).max(64),
  answers: z.array(visitAnswerSchema).max(60),
  findings: z.array(storedFindingSchema).max(100),
  note: z.string().max(1000),
});
export type Visit = z.infer<typeof visitSchema>;
