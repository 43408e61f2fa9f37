import { z } from 'zod';
import { baseRecordShape } from './base';
import { isoDateSchema, villageCodeSchema } from './common';

/**
 * One place of the county gazetteer: a village (12-digit code) or a township (9). Coordinates feed commute
 * times. Townships merge, so entries carry the dates they are valid between. County-distributed.
 */
export const villageSchema = z.object({
  ...baseRecordShape,
  code: villageCodeSchema,
  name: z.string().trim().min(1, { error: 'name.empty' }).max(50, { error: 'name.long' }),
  latitude: z
    .number({ error: 'village.latitude' })
    .min(3.8, { error: 'village.latitude' })
    .max(53.6, { error: 'village.latitude' }),
  longitude: z
    .number({ error: 'village.longitude' })
    .min(73.5, { error: 'village.longitude' })
    .max(135.1, { error: 'village.longitude' }),
  validFrom: isoDateSchema.nullable(),
  validTo: isoDateSchema.nullable(),
});
export type Village = z.infer<typeof villageSchema>;
