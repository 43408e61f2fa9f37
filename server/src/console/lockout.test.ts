import { describe, expect, it } from 'vitest';
import {
  CONSOLE_LOCKOUT,
  consoleAfterAttempt,
  consoleLockCheck,
  loginState,
  minutesLeft,
  unlockTimeZh,
} from './lockout';

const MINUTE = 60_000;
const T = Date.UTC(2026, 10, 25, 2, 0, 30);

describe('console lockout', () => {
  it('locks on the fifth wrong password in a row for exactly 15 minutes', () => {
    expect(CONSOLE_LOCKOUT).toEqual({ maxFailures: 5, lockMs: 15 * MINUTE });
    let s = loginState(0, null);
    for (let i = 1; i <= 4; i += 1) {
      s = consoleAfterAttempt(s, false, T);
      expect(s).toEqual({ failedAttempts: i, lockedUntil: 0 });
      expect(consoleLockCheck(s, T).allowed).toBe(true);
    }
    s = consoleAfterAttempt(s, false, T);
    expect(s).toEqual({ failedAttempts: 0, lockedUntil: T + 15 * MINUTE });
    expect(consoleLockCheck(s, T + 15 * MINUTE - 1)).toEqual({ allowed: false, retryInMs: 1 });
    expect(consoleLockCheck(s, T + 15 * MINUTE)).toEqual({ allowed: true });
  });

  it('a right password resets the count; while locked even the right one changes nothing', () => {
    const four = loginState(4, null);
    expect(consoleAfterAttempt(four, true, T)).toEqual({ failedAttempts: 0, lockedUntil: 0 });
    const locked = loginState(0, T + MINUTE);
    expect(consoleAfterAttempt(locked, true, T)).toEqual(locked);
  });

  it('counts a lock set by a clock since moved back from now, at most 15 minutes', () => {
    const farAhead = loginState(0, T + 365 * 24 * 60 * MINUTE);
    expect(consoleLockCheck(farAhead, T)).toEqual({ allowed: false, retryInMs: 15 * MINUTE });
  });

  it('says when the lock runs out in Beijing time, rounded up to the minute, and how many minutes are left', () => {
    expect(unlockTimeZh(T + 15 * MINUTE)).toBe('10:16');
    expect(unlockTimeZh(Date.UTC(2026, 10, 25, 15, 50))).toBe('23:50');
    expect(unlockTimeZh(Date.UTC(2026, 10, 25, 16, 5))).toBe('00:05');
    expect(minutesLeft(15 * MINUTE)).toBe(15);
    expect(minutesLeft(14 * MINUTE + 1)).toBe(15);
    expect(minutesLeft(1)).toBe(1);
  });
});
