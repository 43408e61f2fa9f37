import { z } from 'zod';
import { parseAreaCode } from '../identifiers/area-code';
import { baseRecordShape, nameSchema } from './base';

export const areaCodeSchema = z.string().superRefine((value, ctx) => {
  const parsed = parseAreaCode(value);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error.code });
});

/** The station this PC belongs to. A county-office installation is a station too. */
export const stationSchema = z.object({
  ...baseRecordShape,
  name: nameSchema,
  areaCode: areaCodeSchema,
});
export type Station = z.infer<typeof stationSchema>;
