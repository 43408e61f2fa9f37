/**
 * Log-in lockout: after `maxFailures` wrong secrets in a row an account is locked for `lockMs`. The station's
 * PCs use `LOCKOUT` (five wrong PINs, five minutes); other callers pass their own policy. Pure: `now` is passed in.
 */
export interface LockoutPolicy {
  readonly maxFailures: number;
  readonly lockMs: number;
}

export const LOCKOUT = { maxFailures: 5, lockMs: 5 * 60 * 1000 } as const satisfies LockoutPolicy;

export interface LoginState {
  readonly failedAttempts: number;
  /** ms since epoch; 0 when not locked */
  readonly lockedUntil: number;
}

export type LoginCheck = { readonly allowed: true } | { readonly allowed: false; readonly retryInMs: number };

/**
 * A lock further ahead than one lock period means the clock was moved back since it was set: count it from
 * now instead, so a corrected clock cannot lock an account for years.
 */
export function normalise(state: LoginState, now: number, policy: LockoutPolicy = LOCKOUT): LoginState {
  return state.lockedUntil > now + policy.lockMs ? { ...state, lockedUntil: now + policy.lockMs } : state;
}

export function checkLocked(raw: LoginState, now: number, policy: LockoutPolicy = LOCKOUT): LoginCheck {
  const state = normalise(raw, now, policy);
  return state.lockedUntil > now ? { allowed: false, retryInMs: state.lockedUntil - now } : { allowed: true };
}

/** The state after an attempt. A success clears failures; the `maxFailures`-th failure in a row locks. */
export function afterAttempt(
  raw: LoginState,
  success: boolean,
  now: number,
  policy: LockoutPolicy = LOCKOUT,
): LoginState {
  const state = normalise(raw, now, policy);
  // While locked, attempts are refused and change nothing (not even a right secret unlocks).
  if (state.lockedUntil > now) return state;
  if (success) return { failedAttempts: 0, lockedUntil: 0 };
  // A lock that has run out starts a fresh count.
  const failures = (state.lockedUntil !== 0 && state.lockedUntil <= now ? 0 : state.failedAttempts) + 1;
  return failures >= policy.maxFailures
    ? { failedAttempts: 0, lockedUntil: now + policy.lockMs }
    : { failedAttempts: failures, lockedUntil: 0 };
}
