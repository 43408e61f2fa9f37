import { makeBundle, type Bundle } from '#shared/sync/bundle';
import { BUNDLE_SIGNATURE_ALG, bundleSigningText } from '#shared/sync/bundle-signature';
import type { Mutation } from '#shared/sync/mutation';
import { bundleMac } from '../sync/bundle-origin';
import { hashSecret } from '../tokens';

/** A bundle as a station writes it, unsigned (a PC never enrolled). */
export const bundleOf = (stationId: string, mutations: readonly unknown[]): Bundle =>
  makeBundle({
    stationId,
    station: { name: '幸福村就业服务站', areaCode: '522626101' },
    deviceId: 'usb-pc',
    exportedAt: Date.UTC(2026, 10, 25, 9),
    mutations: mutations as Mutation[],
  });

/** The bundle signed as the app signs it with `token` (its key derived from the token's hash), as file text. */
export function signedText(bundle: Bundle, token: string): string {
  const { signature: _none, ...unsigned } = bundle;
  const asRead = JSON.parse(JSON.stringify(unsigned)) as Record<string, unknown>;
  const value = bundleMac(hashSecret(token), bundleSigningText(asRead)).toString('base64url');
  return JSON.stringify({ ...unsigned, signature: { alg: BUNDLE_SIGNATURE_ALG, value } });
}
