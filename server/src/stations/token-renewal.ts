import type { Caller } from '../caller';
import { replaceToken } from '../repositories/devices';
import type { Database } from '../store/sql';
import { hashSecret, newToken } from '../tokens';
import { TOKEN_GRACE_MS } from './token-policy';

/**
 * A new token for a device whose token authentication found due (`caller.renewal`), to hand back in the
 * answer: the token the device used stays valid for the grace period, so an answer lost on the way costs
 * nothing (the device's next call, with that token, is renewed again). Null when nothing is due, or when
 * another call renewed the device meanwhile.
 */
export function createTokenRenewal(db: Database, now: () => number) {
  return async function renewToken(caller: Caller): Promise<string | null> {
    if (caller.kind !== 'station' || !caller.renewal) return null;
    const token = newToken();
    const at = now();
    const { currentHash, usedHash } = caller.renewal;
    const renewed = await db.transaction((sql) =>
      replaceToken(sql, {
        id: caller.enrollmentId,
        currentHash,
        usedHash,
        newHash: hashSecret(token),
        at,
        graceUntil: at + TOKEN_GRACE_MS,
      }),
    );
    return renewed ? token : null;
  };
}
