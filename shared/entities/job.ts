import { z } from 'zod';
import { halfHoursTouched, isQuarterGrid, toQuarters } from '../schedule/quarter-week';
import { isWeekGrid } from '../schedule/week-grid';
import { baseRecordShape } from './base';
import { isoDateSchema, skillRefSchema } from './common';
import { storedFindingSchema, type StoredFinding } from './stored-finding';

/** A job posting (岗位). County-shared, owned by the creating station. */
export const PAY_KINDS = ['monthly', 'daily', 'hourly', 'piece'] as const;
/** 'unknown': nothing is known about the contract yet (the rights checks then answer unknown, never pass). */
export const CONTRACT_KINDS = ['labour', 'part-time', 'labour-service', 'none', 'unknown'] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];
export const WORKPLACES = ['on-site', 'home-based'] as const;

export const paySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('monthly'), amount: z.number().positive().max(100_000) }),
  z.object({ kind: z.literal('daily'), amount: z.number().positive().max(10_000) }),
  z.object({ kind: z.literal('hourly'), amount: z.number().positive().max(1_000) }),
  z.object({
    kind: z.literal('piece'),
    /** yuan per piece */
    amount: z.number().positive().max(10_000),
    /** pieces a normal worker makes in an hour */
    piecesPerHour: z.number().positive().max(10_000),
  }),
]);
export type Pay = z.infer<typeof paySchema>;

export const jobScheduleSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('grid'),
      grid: z.string().refine(isWeekGrid, 'schedule.format'),
      /** the week to the quarter hour, when a shift starts or ends on one; `grid` is then the half-hours it touches */
      quarters: z.string().refine(isQuarterGrid, 'schedule.format').optional(),
    })
    .refine((s) => s.quarters === undefined || halfHoursTouched(toQuarters(s.quarters)) === s.grid, {
      error: 'schedule.format',
      path: ['quarters'],
    }),
  z.object({ kind: z.literal('flexible') }),
]);

export const jobSchema = z.object({
  ...baseRecordShape,
  employerId: z.uuid({ version: 'v7', error: 'job.employer' }),
  title: z.string().trim().min(1, { error: 'name.empty' }).max(60, { error: 'name.long' }),
  occupation: z.string().max(60),
  skills: z.array(skillRefSchema).max(20),
  schedule: jobScheduleSchema,
  workplace: z.enum(WORKPLACES),
  physical: z.object({
    standingHours: z.number().min(0).max(12),
    liftKg: z.number().min(0).max(100),
    fineEyesight: z.boolean(),
    bothHands: z.boolean(),
    /** a wheelchair user can get in and about: no steps, wide enough doors, a toilet they can use (absent: not asked) */
    stepFree: z.enum(['yes', 'no', 'unknown']).optional(),
    /** the work means walking a lot or far (fields, a warehouse floor, deliveries on foot) */
    muchWalking: z.boolean().optional(),
  }),
  literacyNeeded: z.enum(['none', 'basic', 'fluent']),
  pay: paySchema,
  contractKind: z.enum(CONTRACT_KINDS),
  /**
   * How often pay is settled, in days (1 daily, 7 weekly, 15 twice a month, 30 monthly); absent or null when the
   * posting does not say. Part-time pay must be settled at least every 15 days (劳动合同法 art. 72).
   */
  payIntervalDays: z.number().int().min(1).max(366).nullable().optional(),
  socialInsurance: z.boolean(),
  positions: z.number().int().min(1, { error: 'job.positions' }).max(10_000),
  startDate: isoDateSchema,
  endDate: isoDateSchema.nullable(),
  status: z.enum(['open', 'closed']),
  description: z.string().max(2000),
  /**
   * The rights pre-screen's findings when the posting was last saved (shared/rights prescreenPosting): the
   * command computes them; matching flags a posting whose `seriousFindings` are not empty. Records written
   * before the pre-screen existed have none.
   */
  rightsFindings: z.array(storedFindingSchema).max(100).default([]),
});
/** `rightsFindings` may be absent on a job built in code (tests, fixtures); every parsed record has it. */
export type Job = Omit<z.infer<typeof jobSchema>, 'rightsFindings'> & {
  readonly rightsFindings?: readonly StoredFinding[];
};
