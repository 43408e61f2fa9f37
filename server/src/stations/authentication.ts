import type { Caller } from '../caller';
import { findEnrollment } from '../repositories/enrollments';
import type { Database } from '../store/sql';
import { hashSecret, sameHash } from '../tokens';

/** A bearer token → the admin, a station's enrolled device, or nobody. `adminHash` is read at each call. */
export function createAuthentication(db: Database, adminHash: () => string) {
  return async function authenticate(token: string | null): Promise<Caller | null> {
    if (!token || token.length > 200) return null;
    const hash = hashSecret(token);
    const admin = adminHash();
    if (admin && sameHash(hash, admin)) return { kind: 'admin' };
    const found = await db.transaction((sql) => findEnrollment(sql, hash));
    return found ? { kind: 'station', stationId: found.stationId, enrollmentId: found.id } : null;
  };
}
