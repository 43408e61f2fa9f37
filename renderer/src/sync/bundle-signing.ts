import type { Bundle } from '#shared/sync/bundle';
import {
  BUNDLE_KEY_BYTES,
  BUNDLE_KEY_INFO,
  BUNDLE_KEY_SALT,
  BUNDLE_SIGNATURE_ALG,
  bundleSigningText,
} from '#shared/sync/bundle-signature';

const utf8 = (text: string) => new TextEncoder().encode(text);

function base64url(bytes: ArrayBuffer): string {
  let binary = '';
  for (const b of new Uint8Array(bytes)) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The bundle signed with this PC's sync token (shared/sync/bundle-signature.ts): an HMAC-SHA256 key derived by
 * HKDF-SHA256 from the token's SHA-256, which is what the county keeps of the token. The token never enters the
 * file. The bundle is signed as the county will read it back from the file's JSON.
 */
export async function signBundle(bundle: Bundle, token: string): Promise<Bundle> {
  const { signature: _old, ...unsigned } = bundle;
  const asRead = JSON.parse(JSON.stringify(unsigned)) as Record<string, unknown>;
  const tokenHash = await crypto.subtle.digest('SHA-256', utf8(token));
  const material = await crypto.subtle.importKey('raw', tokenHash, 'HKDF', false, ['deriveKey']);
  const key = await crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: utf8(BUNDLE_KEY_SALT), info: utf8(BUNDLE_KEY_INFO) },
    material,
    { name: 'HMAC', hash: 'SHA-256', length: BUNDLE_KEY_BYTES * 8 },
    false,
    ['sign'],
  );
  const mac = await crypto.subtle.sign('HMAC', key, utf8(bundleSigningText(asRead)));
  return { ...unsigned, signature: { alg: BUNDLE_SIGNATURE_ALG, value: base64url(mac) } };
}
