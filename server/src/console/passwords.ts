import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt's cost: N = 2^15, r = 8, p = 1 (OWASP's minimum for scrypt), a 16-byte salt and a 32-byte key. */
export const SCRYPT_PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** The most memory a stored hash may ask for, 256 MiB (a damaged row must not take the server's memory). */
const MAX_MEMORY = 2 ** 28;

export interface ScryptParams {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

/** scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is exactly that for N = 2^15, r = 8. */
const memoryFor = ({ N, r }: ScryptParams) => 128 * N * r * 2;

const derive = (password: string, salt: Buffer, params: ScryptParams, keyBytes: number): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: memoryFor(params) };
    scrypt(password.normalize('NFC'), salt, keyBytes, options, (error, key) => (error ? reject(error) : resolve(key)));
  });

/** `scrypt$N$r$p$salt$key`, salt and key in base64url: the parameters travel with the hash. */
export async function hashPassword(password: string, params: ScryptParams = SCRYPT_PARAMS): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, params, KEY_BYTES);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

interface ParsedHash {
  readonly params: ScryptParams;
  readonly salt: Buffer;
  readonly key: Buffer;
}

function parseHash(stored: string): ParsedHash | null {
  const [scheme, n, r, p, salt, key, ...rest] = stored.split('$');
  if (scheme !== 'scrypt' || rest.length > 0 || !salt || !key) return null;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  const powerOfTwo = Number.isInteger(params.N) && params.N > 1 && (params.N & (params.N - 1)) === 0;
  if (!powerOfTwo || !Number.isInteger(params.r) || !Number.isInteger(params.p)) return null;
  if (params.r < 1 || params.p < 1 || params.p > 16 || 128 * params.N * params.r > MAX_MEMORY) return null;
  const parsed = { params, salt: Buffer.from(salt, 'base64url'), key: Buffer.from(key, 'base64url') };
  return parsed.salt.length >= SALT_BYTES && parsed.key.length >= 16 ? parsed : null;
}

/** Whether `password` is the one `stored` was made from, compared in constant time. A damaged hash matches nothing. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.params, parsed.key.length);
  return timingSafeEqual(key, parsed.key);
}

/** Whether a stored hash is weaker than today's parameters (worth renewing at the next right password). */
export function needsRehash(stored: string): boolean {
  const parsed = parseHash(stored);
  return (
    !parsed ||
    parsed.params.N < SCRYPT_PARAMS.N ||
    parsed.params.r < SCRYPT_PARAMS.r ||
    parsed.params.p < SCRYPT_PARAMS.p ||
    parsed.key.length < KEY_BYTES
  );
}

let decoy: Promise<string> | null = null;

/**
 * Checks `password` against a hash of nothing anyone knows, at today's cost: a log-in for an unknown or
 * disabled account takes as long as one for a real account, so the time does not tell which names exist.
 */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoy ??= hashPassword(randomBytes(24).toString('base64url'));
  await verifyPassword(password, await decoy);
  return false;
}

// 32 letters and digits with nothing to misread (no l, o, 0, 1): each byte's low five bits pick one, unbiased.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A password for the CLI to print once: 20 characters (100 bits) in groups of five. */
export function generatePassword(): string {
  const chars = [...randomBytes(20)].map((b) => ALPHABET[b % 32] ?? '');
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join('')).join('-');
}
