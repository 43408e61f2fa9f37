/**
 * Log-in lockout on a shared PC: five wrong PINs lock the account for five minutes. Pure: `now` is passed in.
 */
export const LOCKOUT = { maxFailures: 5, lockMs: 5 * 60 * 1000 } as const;

export interface LoginState {
  readonly failedAttempts: number;
  /** ms since epoch; 0 when not locked */
  readonly lockedUntil: number;
}

export type LoginCheck = { readonly allowed: true } | { readonly allowed: false; readonly retryInMs: number };

/**
 * A lock further ahead than one lock period means the PC clock was moved back since it was set: count it
 * from now instead, so a corrected clock cannot lock an account for years.
 */
export function normalise(state: LoginState, now: number): LoginState {
  return state.lockedUntil > now + LOCKOUT.lockMs ? { ...state, lockedUntil: now + LOCKOUT.lockMs } : state;
}

export function checkLocked(raw: LoginState, now: number): LoginCheck {
  const state = normalise(raw, now);
  return state.lockedUntil > now ? { allowed: false, retryInMs: state.lockedUntil - now } : { allowed: true };
}

/** The state after an attempt. A success clears failures; the fifth failure in a row locks. */
export function afterAttempt(raw: LoginState, success: boolean, now: number): LoginState {
  const state = normalise(raw, now);
  // While locked, attempts are refused and change nothing (not even a right PIN unlocks).
  if (state.lockedUntil > now) return state;
  if (success) return { failedAttempts: 0, lockedUntil: 0 };
  // A lock that has run out starts a fresh count.
  const failures = (state.lockedUntil !== 0 && state.lockedUntil <= now ? 0 : state.failedAttempts) + 1;
  return failures >= LOCKOUT.maxFailures
    ? { failedAttempts: 0, lockedUntil: now + LOCKOUT.lockMs }
    : { failedAttempts: failures, lockedUntil: 0 };
}
