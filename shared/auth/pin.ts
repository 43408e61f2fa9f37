import { z } from 'zod';

/** PIN rules: 6 to 12 digits. */
export const pinSchema = z
  .string()
  .regex(/^\d*$/, { error: 'pin.digits' })
  .min(6, { error: 'pin.short' })
  .max(12, { error: 'pin.long' });

/** PBKDF2-SHA256 with at least 600,000 iterations (OWASP 2023 guidance for PBKDF2-HMAC-SHA256). */
export const PIN_KDF = { name: 'PBKDF2-SHA256', iterations: 600_000, saltBytes: 16, keyBits: 256 } as const;

export interface PinHash {
  readonly algorithm: typeof PIN_KDF.name;
  readonly iterations: number;
  /** base64 */
  readonly salt: string;
  /** base64 */
  readonly hash: string;
}

export const pinHashSchema = z.object({
  algorithm: z.literal(PIN_KDF.name),
  iterations: z.number().int().min(PIN_KDF.iterations),
  salt: z.string().min(16),
  hash: z.string().min(32),
});

/** Constant-time comparison of two equal-length byte strings. */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}
