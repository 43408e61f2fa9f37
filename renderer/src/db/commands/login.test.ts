import { describe, expect, it } from 'vitest';
import { LOCKOUT } from '#shared/auth/lockout';
import { attemptLogin } from './login';
import { hashPin } from '../../security/pin-hash';
import { addStaff, resetPin, setStaffActive } from './staff';
import { pin123456, setUp, testEnv } from '../../test-support/test-env';

describe('log-in with a PIN', () => {
  it('lets the right PIN in and audits the log-in', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    const r = await attemptLogin(env, adminId, '123456', 'login');
    expect(r.ok && r.value.id).toBe(adminId);
    expect((await env.db.audit.toArray()).some((a) => a.action === 'staff.login' && a.actorId === adminId)).toBe(true);
  });

  it('locks the account for five minutes after five wrong PINs; the right PIN is refused until then', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    const lefts: unknown[] = [];
    for (let i = 0; i < 4; i += 1) {
      const r = await attemptLogin(env, adminId, '000000', 'login');
      lefts.push(!r.ok && r.error.code === 'login.wrong' && r.error.params.left);
    }
    expect(lefts).toEqual([4, 3, 2, 1]);
    const fifth = await attemptLogin(env, adminId, '000000', 'login');
    expect(fifth).toMatchObject({ ok: false, error: { code: 'login.locked', params: { retryInMs: LOCKOUT.lockMs } } });

    env.clock.now += LOCKOUT.lockMs - 1000;
    expect(await attemptLogin(env, adminId, '123456', 'login')).toMatchObject({
      ok: false,
      error: { code: 'login.locked', params: { retryInMs: 1000 } },
    });

    env.clock.now += 1000;
    expect((await attemptLogin(env, adminId, '123456', 'login')).ok).toBe(true);
    expect(await env.db.staff.get(adminId)).toMatchObject({ failedAttempts: 0, lockedUntil: 0 });
    const failures = (await env.db.audit.toArray()).filter((a) => a.action === 'staff.login-failed');
    expect(failures).toHaveLength(5);
  });

  it('refuses a deactivated account with a clear code', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    const other = await addStaff(
      env,
      { id: adminId, name: '王芳' },
      { name: '张强', role: 'staff', admin: false, pin: await pin123456() },
    );
    if (!other.ok) throw new Error('add failed');
    await setStaffActive(env, { id: adminId, name: '王芳' }, other.value.id, false);
    expect(await attemptLogin(env, other.value.id, '123456', 'login')).toMatchObject({
      ok: false,
      error: { code: 'login.inactive' },
    });
  });

  it('does not count a PIN that cannot be right (empty, short, letters)', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    for (const pin of ['', '12', '12345a']) {
      expect((await attemptLogin(env, adminId, pin, 'login')).ok).toBe(false);
    }
    expect(await env.db.staff.get(adminId)).toMatchObject({ failedAttempts: 0, lockedUntil: 0 });
  });

  it('a PIN reset while the PIN is being checked makes the old PIN fail, not pass', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    const other = await addStaff(
      env,
      { id: adminId, name: '王芳' },
      { name: '张强', role: 'staff', admin: false, pin: await pin123456() },
    );
    if (!other.ok) throw new Error('add failed');
    const newPin = await hashPin('654321');
    // Start checking the old PIN, and reset it while PBKDF2 runs.
    const attempt = attemptLogin(env, other.value.id, '123456', 'login');
    await resetPin(env, { id: adminId, name: '王芳' }, other.value.id, newPin);
    expect(await attempt).toMatchObject({ ok: false, error: { code: 'login.changed' } });
    expect((await attemptLogin(env, other.value.id, '654321', 'login')).ok).toBe(true);
  });
});
