import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { ReadBundle } from '#shared/sync/bundle';
import { BUNDLE_KEY_BYTES, BUNDLE_KEY_INFO, BUNDLE_KEY_SALT } from '#shared/sync/bundle-signature';
import { isCountyOffice } from '#shared/sync/tables';
import { liveStationDevices, touchDevice } from '../repositories/devices';
import { findCode, moveCodes } from '../repositories/enrollments';
import { ownsMutations } from '../repositories/mutations';
import { findStation, renameStation, stationEnrolledAt, stationExists } from '../repositories/stations';
import { ServiceError } from '../service-error';
import { judgeToken } from '../stations/token-policy';
import type { Sql } from '../store/sql';
import { hashSecret, normalizeEnrollmentCode } from '../tokens';

/** Who a bundle is shown to come from: a device's signature, or (a PC never online) its station's code. */
export type BundleOrigin =
  { readonly via: 'signature'; readonly enrollmentId: string } | { readonly via: 'code'; readonly enrollmentId: null };

const refuse = (code: string, message: string, messageZh: string) => new ServiceError(403, code, message, messageZh);
const NOTHING = '没有导入任何内容。';

/** The HMAC of `signingText` under the bundle key derived from a token's stored hash (bundle-signature.ts). */
export function bundleMac(tokenHashHex: string, signingText: string): Buffer {
  const key = Buffer.from(
    hkdfSync('sha256', Buffer.from(tokenHashHex, 'hex'), BUNDLE_KEY_SALT, BUNDLE_KEY_INFO, BUNDLE_KEY_BYTES),
  );
  return createHmac('sha256', key).update(signingText, 'utf8').digest();
}

function signedBy(tokenHashHex: string, signingText: string, value: string): boolean {
  const given = Buffer.from(value, 'base64url');
  const expected = bundleMac(tokenHashHex, signingText);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * A signed bundle: one of its station's live devices made it, and nothing in it changed since. The token it was
 * signed with must still be worth as much as on the network (its current token, or the one before it within the
 * grace after a renewal, not idle for half a year); an import counts as the device's use.
 */
async function bySignature(sql: Sql, read: ReadBundle, value: string, now: number): Promise<BundleOrigin> {
  const devices = await liveStationDevices(sql, read.bundle.stationId);
  if (devices.length === 0)
    throw refuse(
      'bundle.revoked',
      'The station has no device whose token still works: the file cannot be checked',
      `这个站点没有仍在使用的电脑（令牌已停用），无法确认文件来源，${NOTHING}`,
    );
  let device: (typeof devices)[number] | undefined;
  let hash = '';
  for (const d of devices) {
    const signing = [d.tokenHash, d.previousTokenHash].find((h) => h !== null && signedBy(h, read.signingText, value));
    if (signing) [device, hash] = [d, signing];
  }
  if (!device)
    throw refuse(
      'bundle.signature',
      'The signature does not match: the file was changed after export, or another PC made it',
      `文件的签名对不上：文件导出后被改动过，或者不是这个站点的电脑导出的。${NOTHING}`,
    );
  if (!judgeToken(device, hash, now).ok)
    throw refuse(
      'bundle.tokenExpired',
      'The file was signed with a token that no longer works (replaced long ago, or unused for half a year)',
      `签名所用的令牌已经失效（早已更换，或半年没有使用），${NOTHING}请让站点电脑联网同步一次后重新导出，或向县里要新的注册码重新注册。`,
    );
  await touchDevice(sql, device.id, now);
  return { via: 'signature', enrollmentId: device.id };
}

/**
 * An unsigned bundle from a station never online: its enrolment code (valid, unused) stands for it. A county
 * entry for that code never enrolled and holding no data takes the PC's station id, as at its first enrolment;
 * the code is not used up, so the PC can still enrol with it.
 */
async function byCode(sql: Sql, stationId: string, typed: string, now: number): Promise<BundleOrigin> {
  const code = await findCode(sql, hashSecret(normalizeEnrollmentCode(typed)));
  if (!code) throw refuse('bundle.badCode', 'This enrolment code is not known', `注册码不对，${NOTHING}`);
  if (code.usedAt != null)
    throw refuse('bundle.codeUsed', 'This enrolment code has been used', `这个注册码已经用过了，${NOTHING}`);
  if (code.voidedAt != null)
    throw refuse('bundle.codeVoided', 'This enrolment code was replaced', `这个注册码已作废，${NOTHING}`);
  if (code.expiresAt < now)
    throw refuse('bundle.codeExpired', 'This enrolment code has expired', `这个注册码已过期，${NOTHING}`);
  if (code.stationId === stationId) return { via: 'code', enrollmentId: null };
  const free =
    (await stationEnrolledAt(sql, code.stationId)) == null &&
    !(await ownsMutations(sql, code.stationId)) &&
    !(await stationExists(sql, stationId));
  if (!free)
    throw refuse(
      'bundle.codeStation',
      'This enrolment code belongs to another station',
      `这个注册码属于另一个站点，${NOTHING}`,
    );
  await renameStation(sql, code.stationId, stationId);
  await moveCodes(sql, code.stationId, stationId);
  return { via: 'code', enrollmentId: null };
}

/**
 * Which station a bundle comes from, or a refusal in Chinese with nothing applied: a signed bundle must verify
 * against a live device of the station it names; an unsigned one is taken only from a station with no live
 * device, with its enrolment code. A county office never sends a bundle, and no bundle registers a station.
 */
export async function bundleOrigin(
  sql: Sql,
  read: ReadBundle,
  code: string | undefined,
  now: number,
): Promise<{ origin: BundleOrigin; station: { name: string; areaCode: string } }> {
  const { stationId, signature } = read.bundle;
  const devices = await liveStationDevices(sql, stationId);
  let origin: BundleOrigin;
  if (signature) {
    if (!(await stationExists(sql, stationId))) throw unknownStation();
    origin = await bySignature(sql, read, signature.value, now);
  } else if (devices.length > 0)
    throw refuse(
      'bundle.unsigned',
      'The station is enrolled, so its files must be signed; this one is not',
      `这个站点已经在县里注册过，它导出的文件必须带站点签名；这个文件没有签名，${NOTHING}请在站点电脑上重新导出。`,
    );
  else if (code === undefined)
    throw (await stationExists(sql, stationId))
      ? refuse(
          'bundle.needsCode',
          'An unsigned file from a station never online needs its enrolment code (--code)',
          `这个站点还没有联网注册过，文件没有签名。导入需要这个站点的注册码（--code 注册码），并由管理员确认将要导入的内容。${NOTHING}`,
        )
      : unknownStation();
  else origin = await byCode(sql, stationId, code, now);
  const station = await findStation(sql, stationId);
  if (!station) throw unknownStation();
  if (isCountyOffice(station.areaCode))
    throw refuse(
      'bundle.countyOffice',
      "A county office's changes never come by USB file",
      `县级办公室的数据不能通过U盘文件导入，${NOTHING}`,
    );
  return { origin, station };
}

const unknownStation = () =>
  refuse(
    'bundle.unknownStation',
    'The file comes from a station the county has not registered',
    `文件来自县里没有登记的站点，${NOTHING}请先登记这个站点（station add），再用它的注册码导入。`,
  );
