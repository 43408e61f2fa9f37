import { bytesEqual, PIN_KDF, type PinHash } from '#shared/auth/pin';

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    PIN_KDF.keyBits,
  );
  return new Uint8Array(bits);
}

/** Salted PBKDF2-SHA256 through WebCrypto (600,000 iterations). Takes about half a second: never in a Dexie transaction. */
export async function hashPin(pin: string, iterations: number = PIN_KDF.iterations): Promise<PinHash> {
  const salt = crypto.getRandomValues(new Uint8Array(PIN_KDF.saltBytes));
  const hash = await derive(pin, salt, iterations);
  return { algorithm: PIN_KDF.name, iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const actual = await derive(pin, fromBase64(stored.salt), stored.iterations);
  return bytesEqual(actual, fromBase64(stored.hash));
}
