import { sameHash } from '../tokens';

const DAY = 24 * 60 * 60 * 1000;

/** A device token older than this is replaced in the next answer to that device (`renewedToken`). */
export const TOKEN_RENEW_AFTER_MS = 30 * DAY;
/** After a renewal the token the device had stays valid this long, until the device uses the new one. */
export const TOKEN_GRACE_MS = 30 * DAY;
/** A token unused this long is refused: a station away that long is enrolled again with a new code. */
export const TOKEN_IDLE_EXPIRY_MS = 180 * DAY;
/** A device's last use is written when it is at least this old: at most once a minute, not on every call. */
export const LAST_USE_STEP_MS = 60_000;

/** One enrolled device's token as the server keeps it (hashes only). */
export interface DeviceToken {
  readonly tokenHash: string;
  readonly tokenIssuedAt: number;
  readonly previousTokenHash: string | null;
  readonly previousValidUntil: number | null;
  readonly lastUsedAt: number | null;
}

export type TokenVerdict =
  | { readonly ok: false; readonly reason: 'unknown' | 'grace-over' | 'idle' }
  | {
      readonly ok: true;
      /** the device sent the token it had before the last renewal (the answer carrying the new one was lost) */
      readonly usedPrevious: boolean;
      /** give the device a new token in this answer */
      readonly renew: boolean;
      /** the device uses its newest token: the one before it is no longer needed */
      readonly forgetPrevious: boolean;
      /** write the last use now */
      readonly touch: boolean;
    };

/**
 * What a live (not revoked) device's token is worth at `now`, for the token hash a request carried: its current
 * token, or the one before it within the grace period; never one idle for half a year. An old token is renewed,
 * and so is every token sent after a renewal the device did not receive, so a station that syncs regularly
 * never has to be enrolled again.
 */
export function judgeToken(device: DeviceToken, usedHash: string, now: number): TokenVerdict {
  const current = sameHash(usedHash, device.tokenHash);
  const previous = !current && device.previousTokenHash !== null && sameHash(usedHash, device.previousTokenHash);
  if (!current && !previous) return { ok: false, reason: 'unknown' };
  if (previous && (device.previousValidUntil ?? 0) < now) return { ok: false, reason: 'grace-over' };
  const lastActive = Math.max(device.lastUsedAt ?? 0, device.tokenIssuedAt);
  if (now - lastActive > TOKEN_IDLE_EXPIRY_MS) return { ok: false, reason: 'idle' };
  return {
    ok: true,
    usedPrevious: previous,
    renew: previous || now - device.tokenIssuedAt > TOKEN_RENEW_AFTER_MS,
    forgetPrevious: current && device.previousTokenHash !== null,
    touch: device.lastUsedAt === null || now - device.lastUsedAt >= LAST_USE_STEP_MS,
  };
}
