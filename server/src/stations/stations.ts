import { v7 as uuidv7 } from 'uuid';
import { deviceExists, liveDevices, revokeDevices, type DeviceInfo } from '../repositories/devices';
import { insertCode, voidOpenCodes } from '../repositories/enrollments';
import { insertStation, listStations, stationExists, type StationInfo } from '../repositories/stations';
import { ServiceError } from '../service-error';
import type { Database, Sql } from '../store/sql';
import { holdsNul, nulTextRefusal } from '../nul-text';
import { describeIssues } from '../tables';
import { hashSecret, newEnrollmentCode } from '../tokens';
import { stationInputSchema } from './schemas';

export interface IssuedCode {
  readonly stationId: string;
  /** shown once; the server keeps its hash */
  readonly enrollmentCode: string;
  readonly expiresAt: number;
}

/** A station as the admin lists it: its live devices, each with its last use. */
export interface ListedStation extends StationInfo {
  readonly deviceList: readonly Omit<DeviceInfo, 'stationId'>[];
}

/** What a revocation did: devices whose tokens stopped working, codes that will no longer enrol. */
export interface Revocation {
  readonly stationId: string;
  readonly revokedDevices: number;
  readonly voidedCodes: number;
}

/** How long an enrolment code stays valid unless told otherwise: two weeks. */
export const DEFAULT_CODE_TTL_MS = 14 * 24 * 60 * 60 * 1000;

/** The county's register of stations and the one-use codes that enrol their PCs. */
export function createStations(db: Database, options: { now: () => number; codeTtlMs?: number | undefined }) {
  const { now } = options;
  const codeTtlMs = options.codeTtlMs ?? DEFAULT_CODE_TTL_MS;

  async function issueCode(sql: Sql, stationId: string): Promise<IssuedCode> {
    const enrollmentCode = newEnrollmentCode();
    const expiresAt = now() + codeTtlMs;
    await insertCode(sql, { codeHash: hashSecret(enrollmentCode), stationId, createdAt: now(), expiresAt });
    return { stationId, enrollmentCode, expiresAt };
  }

  /** A new station and its first enrolment code. */
  async function addStation(input: unknown, id: string = uuidv7()): Promise<IssuedCode> {
    if (holdsNul(input)) throw nulTextRefusal();
    const parsed = stationInputSchema.safeParse(input);
    if (!parsed.success)
      throw new ServiceError(
        400,
        'station.invalid',
        `Invalid station: ${describeIssues(parsed.error)}`,
        `站点信息有误：${describeIssues(parsed.error)}`,
      );
    return db.transaction(async (sql) => {
      await insertStation(sql, { id, ...parsed.data, createdAt: now() });
      return issueCode(sql, id);
    });
  }

  const unknownStation = (stationId: string) =>
    new ServiceError(404, 'station.unknown', `No station ${stationId}`, `没有这个站点：${stationId}`);

  /** Another code for a station already registered (a replacement PC); the station's earlier open codes stop working. */
  async function newCode(stationId: string): Promise<IssuedCode & { readonly voidedCodes: number }> {
    return db.transaction(async (sql) => {
      if (!(await stationExists(sql, stationId))) throw unknownStation(stationId);
      const voidedCodes = await voidOpenCodes(sql, stationId, now());
      return { ...(await issueCode(sql, stationId)), voidedCodes };
    });
  }

  /**
   * Stops a station's tokens at once: every device and every open code of the station, or only the device
   * `deviceId` (a PC lost or replaced). A revoked device enrols again only with a new code.
   */
  async function revoke(stationId: string, deviceId: string | null = null): Promise<Revocation> {
    return db.transaction(async (sql) => {
      if (!(await stationExists(sql, stationId))) throw unknownStation(stationId);
      if (deviceId !== null && !(await deviceExists(sql, stationId, deviceId)))
        throw new ServiceError(
          404,
          'device.unknown',
          `Station ${stationId} has no device ${deviceId}`,
          `这个站点没有这台设备：${deviceId}`,
        );
      const at = now();
      const revokedDevices = await revokeDevices(sql, stationId, deviceId, at);
      const voidedCodes = deviceId === null ? await voidOpenCodes(sql, stationId, at) : 0;
      return { stationId, revokedDevices, voidedCodes };
    });
  }

  async function list(): Promise<ListedStation[]> {
    return db.transaction(async (sql) => {
      const devices = await liveDevices(sql);
      return (await listStations(sql)).map((station) => ({
        ...station,
        deviceList: devices.filter((d) => d.stationId === station.id).map(({ stationId: _s, ...d }) => d),
      }));
    });
  }

  return { addStation, newCode, revoke, listStations: list };
}
