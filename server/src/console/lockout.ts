import { afterAttempt, checkLocked, type LockoutPolicy, type LoginCheck, type LoginState } from '#shared/auth/lockout';

/** The console's lockout: five wrong passwords in a row lock the account for 15 minutes. */
export const CONSOLE_LOCKOUT = { maxFailures: 5, lockMs: 15 * 60 * 1000 } as const satisfies LockoutPolicy;

export type { LoginState };

/** A stored row's `failed_count` and `locked_until` (NULL when not locked) as the lockout's state. */
export const loginState = (failedCount: number, lockedUntil: number | null): LoginState => ({
  failedAttempts: failedCount,
  lockedUntil: lockedUntil ?? 0,
});

export const consoleLockCheck = (state: LoginState, now: number): LoginCheck =>
  checkLocked(state, now, CONSOLE_LOCKOUT);

export const consoleAfterAttempt = (state: LoginState, success: boolean, now: number): LoginState =>
  afterAttempt(state, success, now, CONSOLE_LOCKOUT);

const clock = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** When a lock runs out, as the county office reads it: Beijing time, rounded up to the minute. */
export function unlockTimeZh(unlocksAt: number): string {
  return clock.format(new Date(Math.ceil(unlocksAt / 60_000) * 60_000));
}

/** Whole minutes left of a lock, rounded up, at least one. */
export const minutesLeft = (retryInMs: number): number => Math.max(1, Math.ceil(retryInMs / 60_000));
