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

export function checkLocked(state: LoginState, now: number): LoginCheck {
  return state.lockedUntil > now ? { allowed: false, retryInMs: state.lockedUntil - now } : { allowed: true };
}

/** The state after an attempt. A success clears failures; the fifth failure in a row locks. */
export function afterAttempt(state: LoginState, success: boolean, now: number): LoginState {
  // While locked, attempts are refused and change nothing (not even a right PIN unlocks).
  if (state.lockedUntil > now) return state;
  if (success) return { failedAttempts: 0, lockedUntil: 0 };
  // A lock that has run out starts a fresh count.
  const failures = (state.lockedUntil !== 0 && state.lockedUntil <= now ? 0 : state.failedAttempts) + 1;
  return failures >= LOCKOUT.maxFailures
    ? { failedAttempts: 0, lockedUntil: now + LOCKOUT.lockMs }
    : { failedAttempts: failures, lockedUntil: 0 };
}
