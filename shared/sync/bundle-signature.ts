/**
 * How a USB bundle proves which enrolled station wrote it. The station signs the bundle with HMAC-SHA256 under a
 * key it derives from its sync token: HKDF-SHA256 over the SHA-256 of the token, with a fixed salt and context.
 * The county stores that SHA-256 (the token's hash, which it checks tokens with), so it derives the same key
 * without ever holding the token; the token itself is never written into the file. The signature covers the
 * whole bundle except the signature itself: header (station, device, created-at, change count) and every change.
 *
 * What is signed is the bundle's canonical JSON: keys sorted by UTF-16 code unit at every level, no spaces,
 * strings and numbers as JSON.stringify writes them. The station signs the bundle as it will be read back from
 * its JSON text, so both sides sign exactly the same characters.
 */
export const BUNDLE_SIGNATURE_ALG = 'HKDF-SHA256/HMAC-SHA256';
/** HKDF salt and context: fixed, so the key serves bundles only and is never the token or its hash. */
export const BUNDLE_KEY_SALT = 'doorstep-sync-bundle';
export const BUNDLE_KEY_INFO = 'doorstep USB bundle signing key v1';
/** Bytes of the HKDF output (the HMAC key) and of the signature. */
export const BUNDLE_KEY_BYTES = 32;

/** A JSON value in canonical form (see above); `undefined` members are left out, as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value))
    return `[${value.map((v: unknown) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.keys(value)
    .sort()
    .flatMap((key) => {
      const member: unknown = (value as Record<string, unknown>)[key];
      return member === undefined || typeof member === 'function'
        ? []
        : [`${JSON.stringify(key)}:${canonicalJson(member)}`];
    });
  return `{${entries.join(',')}}`;
}

/** The text a bundle's signature covers: the bundle (as parsed from its file) without its `signature`. */
export function bundleSigningText(bundle: Readonly<Record<string, unknown>>): string {
  const { signature: _signature, ...signed } = bundle;
  return canonicalJson(signed);
}
