import { z } from 'zod';
import { nameSchema } from '#shared/entities/base';
import { areaCodeSchema } from '#shared/entities/station';

/** A station as the county registers it (the admin's form, the CLI, a USB bundle's station details). */
export const stationInputSchema = z.object({ name: nameSchema, areaCode: areaCodeSchema }).strict();
export type StationInput = z.infer<typeof stationInputSchema>;

export const enrollBodySchema = z
  .object({
    enrollmentCode: z.string().min(1).max(40),
    deviceName: z.string().trim().min(1).max(80),
    /** Extension: a PC set up before it had a network keeps its own station id (see docs/sync.md). */
    stationId: z.uuid({ version: 'v7' }).optional(),
  })
  .strict();
export type EnrollBody = z.infer<typeof enrollBodySchema>;
