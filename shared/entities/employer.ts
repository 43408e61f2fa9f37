import { z } from 'zod';
import { parseCreditCode } from '../identifiers/credit-code';
import { baseRecordShape, nameSchema } from './base';
import { villageCodeSchema } from './common';

/** An employer (用人单位). County-shared: every station sees it; the creating station owns it. */
export const EMPLOYER_KINDS = [
  'micro-factory',
  'assistance-workshop',
  'enterprise',
  'cooperative',
  'household-workshop',
] as const;

export const creditCodeSchema = z.string().superRefine((value, ctx) => {
  const parsed = parseCreditCode(value);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error.code });
});

export const employerSchema = z.object({
  ...baseRecordShape,
  name: nameSchema,
  kind: z.enum(EMPLOYER_KINDS, { error: 'employer.kind' }),
  creditCode: creditCodeSchema.nullable(),
  villageCode: villageCodeSchema.nullable(),
  address: z.string().max(200),
  contactName: z.string().max(50),
  contactPhone: z
    .string()
    .regex(/^(1[3-9]\d{9}|0\d{9,11})$/, { error: 'phone.format' })
    .nullable(),
});
export type Employer = z.infer<typeof employerSchema>;
