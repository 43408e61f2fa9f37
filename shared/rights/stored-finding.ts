import { z } from 'zod';
import { SEVERITIES, STATUSES } from './types';

/**
 * A finding as stored with a posting or a visit: the verdict only (the texts are looked up again when shown,
 * so they follow the language and later wording fixes). Kept apart from placement.ts so that the job entity
 * can carry its pre-screen findings without an import cycle.
 */
export const storedFindingSchema = z.object({
  checkId: z.string().min(1).max(60),
  status: z.enum(STATUSES),
  severity: z.enum(SEVERITIES),
  reason: z.string().min(1).max(60),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type StoredFinding = z.infer<typeof storedFindingSchema>;
