import { z } from 'zod';
import { pinHashSchema } from '../auth/pin';
import { ROLES } from '../auth/roles';
import { baseRecordShape, nameSchema } from './base';

/**
 * A staff account on this PC. Local to the PC: it never syncs (PIN hashes do not leave the machine);
 * what staff do is in the audit log, which does.
 */
export const staffSchema = z
  .object({
    ...baseRecordShape,
    name: nameSchema,
    role: z.enum(ROLES, { error: 'staff.role' }),
    /** May manage accounts, settings and read the audit log. */
    admin: z.boolean(),
    active: z.boolean(),
    pin: pinHashSchema,
    failedAttempts: z.number().int().nonnegative(),
    lockedUntil: z.number().int().nonnegative(),
  })
  // Administrators manage accounts through screens a trainer does not have.
  .refine((s) => !(s.admin && s.role === 'trainer'), { error: 'staff.trainerAdmin', path: ['admin'] });
export type Staff = z.infer<typeof staffSchema>;
