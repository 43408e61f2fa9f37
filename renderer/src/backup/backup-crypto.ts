/**
 * The backup key: PBKDF2-SHA256 over the passphrase with a random salt, giving a 256-bit AES-GCM key, all through
 * WebCrypto (the same in Electron's renderer, the browser edition and Node's tests).
 */
export const BACKUP_KDF = { iterations: 600_000, saltBytes: 16, keyBits: 256, ivBytes: 12 } as const;

/** The shortest passphrase an administrator may set (a sentence is easier to remember than a code). */
export const MIN_PASSPHRASE_LENGTH = 10;

export const toBase64 = (bytes: Uint8Array): string => {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
};
export const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** A derived key as kept for automatic backups: the raw bits with how they were derived (never the passphrase). */
export interface BackupKey {
  readonly salt: string;
  readonly iterations: number;
  readonly key: string;
  readonly keyCheck: string;
}

export function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** Derives the key for a passphrase and salt. Slow by design (about a second): never inside a Dexie transaction. */
export async function deriveBackupKey(
  passphrase: string,
  salt: Uint8Array,
  iterations: number = BACKUP_KDF.iterations,
): Promise<BackupKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = new Uint8Array(
    await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
      material,
      BACKUP_KDF.keyBits,
    ),
  );
  return { salt: toBase64(salt), iterations, key: toBase64(bits), keyCheck: await keyCheckOf(bits) };
}

/** A digest of the key bits under a fixed label: equal digests, equal keys; it tells nothing about the key. */
async function keyCheckOf(bits: Uint8Array): Promise<string> {
  const label = new TextEncoder().encode('doorstep-backup-key-check\u0000');
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array([...label, ...bits]) as BufferSource);
  return toBase64(new Uint8Array(digest).subarray(0, 16));
}

async function aesKey(key: BackupKey, usage: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', fromBase64(key.key) as BufferSource, 'AES-GCM', false, [usage]);
}

export async function seal(key: BackupKey, iv: Uint8Array, aad: Uint8Array, plain: Uint8Array): Promise<Uint8Array> {
  const cipher = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource, additionalData: aad as BufferSource },
    await aesKey(key, 'encrypt'),
    plain as BufferSource,
  );
  return new Uint8Array(cipher);
}

/** The plain bytes, or null when the seal does not hold (a changed byte anywhere in header or payload). */
export async function unseal(
  key: BackupKey,
  iv: Uint8Array,
  aad: Uint8Array,
  sealed: Uint8Array,
): Promise<Uint8Array | null> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: iv as BufferSource, additionalData: aad as BufferSource },
      await aesKey(key, 'decrypt'),
      sealed as BufferSource,
    );
    return new Uint8Array(plain);
  } catch {
    return null;
  }
}

/** The length AES-GCM gives a payload of `plainBytes` (its 16-byte tag added). */
export const sealedLength = (plainBytes: number): number => plainBytes + 16;
