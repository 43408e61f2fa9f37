import { z } from 'zod';
import { EMPTY_WEEK, isWeekGrid } from '../schedule/week-grid';
import { baseRecordShape, nameSchema } from './base';
import { isIsoDate, isoDateSchema, skillRefSchema, villageCodeSchema } from './common';

/** A calendar date that exists (2026-02-30 does not). */
const realDate = z.string().refine(isIsoDate, { error: 'date.format' });

/** A job seeker (求职者). Field list: DESIGN.md, Data. Messages are i18n keys (`errors.*`). */
export const EDUCATION = ['none', 'primary', 'junior', 'senior', 'vocational', 'college', 'bachelor'] as const;
export const LITERACY = ['none', 'basic', 'fluent'] as const;
export const GROUPS = [
  'single-parent',
  'age-50-plus',
  'disability',
  'poverty-relief',
  'returnee',
  'low-income',
  'long-unemployed',
] as const;
export const TRANSPORT = ['walk', 'bicycle', 'ebike', 'motorcycle', 'bus', 'car'] as const;
export const CARE_KINDS = ['school-pickup', 'childcare', 'elder-care', 'other'] as const;
export const SEEKER_STATUS = ['active', 'placed', 'inactive', 'withdrawn'] as const;
/** How far the person gets about: no limit, cannot walk far (or climb many stairs), uses a wheelchair. */
export const MOBILITY = ['full', 'limited-walking', 'wheelchair'] as const;
export type Mobility = (typeof MOBILITY)[number];
export const PAY_UNITS = ['month', 'day', 'hour'] as const;

/** Care duties are typed to the quarter hour (matching rounds them out to the half-hour grid). */
const quarterHour = z.string().regex(/^([01]\d|2[0-3]):(00|15|30|45)$|^24:00$/, { error: 'care.timeFormat' });

export const careDutySchema = z
  .object({
    kind: z.enum(CARE_KINDS),
    days: z.array(z.number().int().min(0).max(6)).min(1).max(7),
    from: quarterHour,
    to: quarterHour,
    note: z.string().max(200),
  })
  .refine((c) => c.from < c.to, { error: 'time.order', path: ['to'] });

export const consentSchema = z.object({
  date: isoDateSchema,
  matching: z.boolean(),
  county: z.boolean(),
  recordedBy: z.string().min(1).max(64),
  withdrawnOn: isoDateSchema.nullable(),
});
export type Consent = z.infer<typeof consentSchema>;

export const seekerSchema = z.object({
  ...baseRecordShape,
  name: nameSchema,
  sex: z.enum(['male', 'female'], { error: 'seeker.sex' }),
  birthDate: isoDateSchema,
  idNumber: z
    .string()
    .regex(/^[0-9]{17}[0-9X]$/, { error: 'residentId.format' })
    .nullable(),
  phone: z
    .string()
    .regex(/^(1[3-9]\d{9}|0\d{9,11})$/, { error: 'phone.format' })
    .nullable(),
  villageCode: villageCodeSchema.nullable(),
  education: z.enum(EDUCATION),
  literacy: z.enum(LITERACY),
  skills: z.array(skillRefSchema).max(40),
  certificates: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(80),
        serial: z.string().max(60),
        issuedOn: isoDateSchema.nullable(),
      }),
    )
    .max(40),
  availability: z.string().refine(isWeekGrid, 'availability.format'),
  careDuties: z.array(careDutySchema).max(10),
  physical: z.object({
    standingHoursMax: z.number().min(0).max(12).nullable(),
    liftKgMax: z.number().min(0).max(100).nullable(),
    eyesight: z.enum(['good', 'limited']),
    hands: z.enum(['full', 'limited']),
    /** absent on records made before it was asked: no limit known */
    mobility: z.enum(MOBILITY).optional(),
  }),
  commute: z.object({ maxMinutes: z.number().int().min(0).max(240), mode: z.enum(TRANSPORT) }),
  homeBasedWanted: z.boolean(),
  payFloor: z.object({ amount: z.number().positive().max(100_000), per: z.enum(PAY_UNITS) }).nullable(),
  groups: z.array(z.enum(GROUPS)).max(GROUPS.length),
  pregnant: z.boolean(),
  /** expected due date, when pregnant: the month of pregnancy on any date follows from it (rights checks) */
  pregnancyDueDate: realDate.nullable().optional(),
  /** birth date of the child she is breastfeeding; null or absent = not breastfeeding or not known */
  breastfeedingChildBirthDate: realDate.nullable().optional(),
  consent: consentSchema,
  status: z.enum(SEEKER_STATUS),
  notes: z.string().max(1000),
});
export type Seeker = z.infer<typeof seekerSchema>;

/** What a new seeker holds until someone says otherwise (the form's blank, an imported row's gaps). */
export const SEEKER_DEFAULTS = {
  literacy: 'basic',
  skills: [],
  certificates: [],
  availability: EMPTY_WEEK,
  careDuties: [],
  physical: { standingHoursMax: null, liftKgMax: null, eyesight: 'good', hands: 'full' },
  commute: { maxMinutes: 30, mode: 'ebike' },
  homeBasedWanted: false,
  groups: [],
  pregnant: false,
  status: 'active',
  notes: '',
} as const satisfies Partial<Seeker>;
