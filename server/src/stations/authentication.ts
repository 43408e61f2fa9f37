import type { Caller } from '../caller';
import { findDevice, forgetPreviousToken, touchDevice } from '../repositories/devices';
import type { Database } from '../store/sql';
import { hashSecret, sameHash } from '../tokens';
import { judgeToken } from './token-policy';

/**
 * A bearer token → the admin, a station's enrolled device, or nobody. `adminHash` is read at each call. A
 * device's token is judged by `judgeToken` (renewal, grace, idle expiry); its last use is written at most once
 * a minute.
 */
export function createAuthentication(db: Database, adminHash: () => string, now: () => number) {
  return async function authenticate(token: string | null): Promise<Caller | null> {
    if (!token || token.length > 200) return null;
    const hash = hashSecret(token);
    const admin = adminHash();
    if (admin && sameHash(hash, admin)) return { kind: 'admin' };
    return db.transaction(async (sql) => {
      const device = await findDevice(sql, hash);
      if (!device) return null;
      const at = now();
      const verdict = judgeToken(device, hash, at);
      if (!verdict.ok) return null;
      if (verdict.forgetPrevious) await forgetPreviousToken(sql, device.id);
      if (verdict.touch) await touchDevice(sql, device.id, at);
      const caller = { kind: 'station', stationId: device.stationId, enrollmentId: device.id } as const;
      return verdict.renew ? { ...caller, renewal: { currentHash: device.tokenHash, usedHash: hash } } : caller;
    });
  };
}
