import { v7 as uuidv7 } from 'uuid';
import { insertCode } from '../repositories/enrollments';
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

  /** Another code for a station already registered (a replacement PC). */
  async function newCode(stationId: string): Promise<IssuedCode> {
    return db.transaction(async (sql) => {
      if (!(await stationExists(sql, stationId)))
        throw new ServiceError(404, 'station.unknown', `No station ${stationId}`, `没有这个站点：${stationId}`);
      return issueCode(sql, stationId);
    });
  }

  return {
    addStation,
    newCode,
    listStations: (): Promise<StationInfo[]> => db.transaction(listStations),
  };
}
