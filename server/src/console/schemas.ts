import { z } from 'zod';

export const CONSOLE_ROLES = ['county-admin', 'viewer'] as const;
export type ConsoleRole = (typeof CONSOLE_ROLES)[number];
export const consoleRoleSchema = z.enum(CONSOLE_ROLES);

/**
 * A console log-in name as stored and compared: trimmed, NFC, lower case; 2–32 letters (any script), digits,
 * dots, dashes or underscores, so `Zhang.San` and `zhang.san` are one account.
 */
export const usernameSchema = z
  .string()
  .transform((s) => s.trim().normalize('NFC').toLowerCase())
  .pipe(z.string().regex(/^[\p{L}\p{N}._-]{2,32}$/u));

/** What a person is called on the console's screens. */
export const displayNameSchema = z.string().trim().min(1).max(60);

export const MIN_PASSWORD_LENGTH = 10;

/** A new password: at least 10 characters, at most 200 (a passphrase, not a file). */
export const newPasswordSchema = z.string().min(MIN_PASSWORD_LENGTH).max(200);

/** The log-in form: anything a person can type; a name that cannot exist is simply a wrong pair. */
export const loginBodySchema = z
  .object({ username: z.string().min(1).max(200), password: z.string().min(1).max(1024) })
  .strict();
export type LoginBody = z.infer<typeof loginBodySchema>;

/** One page of the console's audit log, newest first. */
export const auditQuerySchema = z
  .object({
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type AuditQuery = z.infer<typeof auditQuerySchema>;
