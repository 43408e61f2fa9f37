import { v7 as uuidv7 } from 'uuid';
import { findCode, insertEnrollment, markCodeUsed, moveCodes } from '../repositories/enrollments';
import { ownsMutations } from '../repositories/mutations';
import { markEnrolled, renameStation, stationEnrolledAt, stationExists } from '../repositories/stations';
import { ServiceError } from '../service-error';
import type { Database } from '../store/sql';
import { hashSecret, newToken, normalizeEnrollmentCode } from '../tokens';
import type { EnrollBody } from './schemas';

const refuse = (status: number, code: string, message: string, messageZh: string) =>
  new ServiceError(status, code, message, messageZh);

/**
 * A code from the county turns into a device token: once, before it expires. A PC set up offline sends its
 * own station id; the county's entry takes it if that entry was never enrolled and holds no data.
 */
export function createEnrolment(db: Database, now: () => number) {
  return async function enroll(body: EnrollBody): Promise<{ stationId: string; token: string }> {
    const codeHash = hashSecret(normalizeEnrollmentCode(body.enrollmentCode));
    return db.transaction(async (sql) => {
      const code = await findCode(sql, codeHash);
      if (!code)
        throw refuse(403, 'enroll.badCode', 'This enrolment code is not known', '注册码不对，请核对后重新输入');
      if (code.usedAt != null)
        throw refuse(
          403,
          'enroll.used',
          'This enrolment code has been used already',
          '这个注册码已经用过了，请向县里要一个新的',
        );
      if (code.voidedAt != null)
        throw refuse(
          403,
          'enroll.voided',
          'This enrolment code was replaced by a newer one',
          '这个注册码已作废（县里发了新的注册码），请使用最新的注册码',
        );
      if (code.expiresAt < now())
        throw refuse(403, 'enroll.expired', 'This enrolment code has expired', '这个注册码已过期，请向县里要一个新的');
      let stationId = code.stationId;
      if (body.stationId && body.stationId !== stationId) {
        const enrolledAt = await stationEnrolledAt(sql, stationId);
        const hasData = await ownsMutations(sql, stationId);
        const taken = await stationExists(sql, body.stationId);
        if (enrolledAt != null || hasData || taken)
          throw refuse(
            409,
            'enroll.stationMismatch',
            'This code belongs to a station that already has another identity',
            '这个注册码属于另一个站点，请向县里核对',
          );
        // First enrolment of a PC set up offline: the county's entry takes the PC's station id.
        await renameStation(sql, stationId, body.stationId);
        await moveCodes(sql, stationId, body.stationId);
        stationId = body.stationId;
      }
      const token = newToken();
      await markCodeUsed(sql, codeHash, now());
      await insertEnrollment(sql, {
        id: uuidv7(),
        stationId,
        tokenHash: hashSecret(token),
        deviceName: body.deviceName,
        createdAt: now(),
      });
      await markEnrolled(sql, stationId, now());
      return { stationId, token };
    });
  };
}
