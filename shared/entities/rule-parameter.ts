import { z } from 'zod';
import { baseRecordShape } from './base';
import { isIsoDate } from './common';

/**
 * Rule parameters: the figures the rights checks compare with, by area and effective date, each with its
 * source. One synced, county-shared table (`ruleParameters`); the county admin edits it. A row applies to every
 * area whose code starts with `areaPrefix` ('' = the whole country) from `effectiveFrom` until a more specific
 * or a later row replaces it (shared/rights/parameters/lookup.ts).
 */
export const areaPrefixSchema = z
  .string()
  .regex(/^(|\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/, { error: 'ruleParameter.areaPrefix' });
export const paramDateSchema = z.string().refine(isIsoDate, { error: 'date.format' });

const money = z.number().positive().max(1_000_000);
const hours = z.number().positive().max(168);

export const minimumWageValueSchema = z.object({
  kind: z.literal('minimum-wage'),
  /** the province's tier (档/类) this figure belongs to; null when the area has one figure */
  tier: z.number().int().min(1).max(6).nullable(),
  /** yuan per month, full-time */
  monthly: money,
  /** yuan per hour, non-full-time */
  hourly: money,
});

/** Which minimum-wage tier an area belongs to (the province's notice lists them). */
export const areaTierValueSchema = z.object({
  kind: z.literal('area-tier'),
  tier: z.number().int().min(1).max(6),
});

export const hourLimitsValueSchema = z.object({
  kind: z.literal('hour-limits'),
  standardDailyHours: hours,
  standardWeeklyHours: hours,
  /** overtime normally allowed per day */
  overtimeDailyNormal: z.number().min(0).max(24),
  /** overtime per day in special cases */
  overtimeDailyMax: z.number().min(0).max(24),
  overtimeMonthlyMax: z.number().min(0).max(744),
  minRestDaysPerWeek: z.number().int().min(0).max(7),
  partTimeDailyAverageMax: hours,
  partTimeWeeklyMax: hours,
  partTimePayIntervalMaxDays: z.number().int().min(1).max(31),
  /** paid days in an average month, for converting daily and monthly pay (21.75) */
  monthlyPayDays: z.number().positive().max(31),
});

export const RETIREMENT_GROUPS = ['male', 'female-cadre', 'female-worker'] as const;
export type RetirementGroup = (typeof RETIREMENT_GROUPS)[number];

export const retirementValueSchema = z.object({
  kind: z.literal('retirement-age'),
  /** first month whose original retirement date is deferred */
  reformStart: paramDateSchema,
  groups: z
    .array(
      z.object({
        group: z.enum(RETIREMENT_GROUPS),
        originalAgeYears: z.number().int().min(40).max(80),
        targetAgeYears: z.number().int().min(40).max(80),
        /** the retirement age rises by one month every `monthsPerStep` months of birth */
        monthsPerStep: z.number().int().min(1).max(24),
      }),
    )
    .length(3),
});

export const deadlinesValueSchema = z.object({
  kind: z.literal('deadlines'),
  /** remind staff from this day of employment when no written contract is signed */
  contractReminderDay: z.number().int().min(1).max(31),
  socialInsuranceRegistrationDays: z.number().int().min(1).max(365),
  injuryEmployerApplicationDays: z.number().int().min(1).max(365),
  injuryWorkerApplicationDays: z.number().int().min(1).max(730),
  /** full-time pay at least this often */
  payIntervalMaxDays: z.number().int().min(1).max(31),
  /** a month's deductions for damage at most this share of the month's pay */
  maxDamageDeductionShare: z.number().min(0).max(1),
  /** probation pay at least this share of the contract wage */
  probationPayMinShare: z.number().min(0).max(1),
});

export const subsidyThresholdsValueSchema = z.object({
  kind: z.literal('subsidy-thresholds'),
  /** attendance share below which a trainee is warned */
  attendanceWarnBelow: z.number().min(0).max(1),
  /** attendance share below which a trainee leaves the class (no subsidy) */
  attendanceRemoveBelow: z.number().min(0).max(1),
  classHourMinutes: z.number().int().min(1).max(120),
  minClassHoursNationalQualification: z.number().int().min(0).max(1000),
  minClassHoursSpecialSkill: z.number().int().min(0).max(1000),
  minClassHoursEntryLevel: z.number().int().min(0).max(1000),
  minClassHoursIntermediate: z.number().int().min(0).max(1000),
  minPracticeShare: z.number().min(0).max(1),
});

export const parameterValueSchema = z.discriminatedUnion('kind', [
  minimumWageValueSchema,
  areaTierValueSchema,
  hourLimitsValueSchema,
  retirementValueSchema,
  deadlinesValueSchema,
  subsidyThresholdsValueSchema,
]);
export type ParameterValue = z.infer<typeof parameterValueSchema>;
export type ParameterKind = ParameterValue['kind'];

/** A parameter row without its record fields: what the defaults ship and the engine reads. */
const parameterRowShape = {
  areaPrefix: areaPrefixSchema,
  effectiveFrom: paramDateSchema,
  /** the document the figure comes from (notice number, law and article) */
  source: z.string().trim().min(1).max(200),
  /** false when the figure was not confirmed from a primary source ("verify") */
  verified: z.boolean(),
  note: z.string().max(500),
  value: parameterValueSchema,
};
export const parameterRowSchema = z.object(parameterRowShape);
export type ParameterRow = z.infer<typeof parameterRowSchema>;

/** The synced record (county-shared, created and edited by the county admin). */
export const ruleParameterSchema = z.object({ ...baseRecordShape, ...parameterRowShape });
export type RuleParameter = z.infer<typeof ruleParameterSchema>;

/** The value of one kind of parameter. */
export type ValueOf<K extends ParameterKind> = Extract<ParameterValue, { kind: K }>;
