import { z } from 'zod';
import { isHlc } from '../sync/hlc';

/**
 * One line of the append-only audit log: who did what to which record, when, and why when a reason was
 * asked. It names the fields that changed, never their values (no personal data in the log).
 */
export const auditEntrySchema = z.object({
  id: z.uuid({ version: 'v7' }),
  stationId: z.uuid({ version: 'v7' }),
  at: z.number().int().nonnegative(),
  hlc: z.string().refine(isHlc, 'hlc.format'),
  actorId: z.string().max(64).nullable(),
  actorName: z.string().max(50).nullable(),
  action: z.string().min(1).max(64),
  table: z.string().min(1).max(64),
  recordId: z.string().min(1).max(64),
  fields: z.array(z.string().max(64)).max(200),
  reason: z.string().max(500).nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
