import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Secrets the server hands out. Tokens are 256 random bits, so one SHA-256 is enough to store them (no
 * slow hash needed: nothing to guess). Enrolment codes are short enough to read over the phone, expire,
 * and work once; they are stored hashed too.
 */
export const newToken = (): string => randomBytes(32).toString('base64url');

export const hashSecret = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

// Crockford's base32 without I, L, O, U: nothing to misread.
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `XXXX-XXXX-XXXX` (60 bits). */
export function newEnrollmentCode(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => CODE_ALPHABET[b % 32]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8, 12)].map((g) => g.join('')).join('-');
}

/** What a person typed → the canonical code (spaces and dashes dropped, case folded, O→0, I/L→1). */
export function normalizeEnrollmentCode(typed: string): string {
  const raw = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return raw.length === 12 ? `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}` : raw;
}
