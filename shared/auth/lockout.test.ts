import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '#test/support/property-runs';
import { afterAttempt, checkLocked, LOCKOUT, type LoginState } from './lockout';

const fresh: LoginState = { failedAttempts: 0, lockedUntil: 0 };

describe('log-in lockout', () => {
  it('locks for five minutes on the fifth wrong PIN, not the fourth', () => {
    let s = fresh;
    for (let i = 1; i <= 4; i += 1) {
      s = afterAttempt(s, false, 1000);
      expect(checkLocked(s, 1000)).toEqual({ allowed: true });
    }
    s = afterAttempt(s, false, 1000);
    expect(checkLocked(s, 1000)).toEqual({ allowed: false, retryInMs: LOCKOUT.lockMs });
    expect(checkLocked(s, 1000 + LOCKOUT.lockMs - 1).allowed).toBe(false);
    expect(checkLocked(s, 1000 + LOCKOUT.lockMs).allowed).toBe(true);
  });

  it('a right PIN clears the count', () => {
    let s = afterAttempt(afterAttempt(fresh, false, 0), false, 0);
    s = afterAttempt(s, true, 0);
    expect(s).toEqual(fresh);
  });

  it('after a lock runs out, it takes five new failures to lock again', () => {
    let s = fresh;
    for (let i = 0; i < 5; i += 1) s = afterAttempt(s, false, 0);
    const later = LOCKOUT.lockMs + 1;
    s = afterAttempt(s, false, later);
    expect(s).toEqual({ failedAttempts: 1, lockedUntil: 0 });
  });

  it('a clock moved back keeps the lock at most five minutes from now', () => {
    const farFuture = { failedAttempts: 0, lockedUntil: 10 * 365 * 24 * 3600_000 };
    expect(checkLocked(farFuture, 0)).toEqual({ allowed: false, retryInMs: LOCKOUT.lockMs });
    expect(afterAttempt(farFuture, true, 0)).toEqual({ failedAttempts: 0, lockedUntil: LOCKOUT.lockMs });
  });

  it('while locked, even the right PIN is refused and the lock does not move', () => {
    let s = fresh;
    for (let i = 0; i < 5; i += 1) s = afterAttempt(s, false, 0);
    expect(afterAttempt(s, true, 10)).toEqual(s);
    expect(afterAttempt(s, false, 10)).toEqual(s);
  });

  it('is locked exactly when five failures in a row have happened (property, one instant)', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 60 }), (attempts) => {
        let s = fresh;
        let run = 0;
        let lockedModel = false;
        for (const success of attempts) {
          s = afterAttempt(s, success, 0);
          if (!lockedModel) run = success ? 0 : run + 1;
          if (run >= LOCKOUT.maxFailures) lockedModel = true;
          expect(!checkLocked(s, 0).allowed).toBe(lockedModel);
        }
      }),
      propertyRuns(100),
    );
  });
});
