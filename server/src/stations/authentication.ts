import type { Caller } from '../caller';
import { findDevice, forgetPreviousToken, noteAppVersion, touchDevice } from '../repositories/devices';
import type { Database } from '../store/sql';
import { hashSecret, sameHash } from '../tokens';
import { judgeToken } from './token-policy';

/**
 * A bearer token → the admin, a station's enrolled device, or nobody. `adminHash` is read at each call. A
 * device's token is judged by `judgeToken` (renewal, grace, idle expiry). The look-up reads a snapshot, outside
 * the writers' queue, so a refused token never waits for or holds up a push; only a valid device's last use
 * (written at most once a minute), a change of the app version it reports, or the end of its renewal's grace
 * takes a writing transaction.
 */
export function createAuthentication(db: Database, adminHash: () => string, now: () => number) {
  return async function authenticate(token: string | null, appVersion: string | null = null): Promise<Caller | null> {
    if (!token || token.length > 200) return null;
    const hash = hashSecret(token);
    const admin = adminHash();
    if (admin && sameHash(hash, admin)) return { kind: 'admin' };
    const device = await db.snapshot((sql) => findDevice(sql, hash));
    if (!device) return null;
    const at = now();
    const verdict = judgeToken(device, hash, at);
    if (!verdict.ok) return null;
    const newVersion = appVersion !== null && appVersion !== device.appVersion;
    if (verdict.forgetPrevious || verdict.touch || newVersion)
      await db.transaction(async (sql) => {
        if (verdict.forgetPrevious) await forgetPreviousToken(sql, device.id);
        if (verdict.touch) await touchDevice(sql, device.id, at);
        if (newVersion) await noteAppVersion(sql, device.id, appVersion);
      });
    const caller = { kind: 'station', stationId: device.stationId, enrollmentId: device.id } as const;
    return verdict.renew ? { ...caller, renewal: { currentHash: device.tokenHash, usedHash: hash } } : caller;
  };
}
