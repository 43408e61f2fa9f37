import { describe, expect, it } from 'vitest';
import { attemptLogin } from './login';
import { addStaff, resetPin, setStaffActive } from './staff';
import { pin123456, setUp, testEnv } from '../../test-support/test-env';

describe('staff accounts', () => {
  it('an admin adds a trainer, who can then log in; deactivating stops that', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    const admin = { id: adminId, name: '王芳' };
    const added = await addStaff(env, admin, { name: '李老师', role: 'trainer', admin: false, pin: await pin123456() });
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect((await attemptLogin(env, added.value.id, '123456', 'login')).ok).toBe(true);
    expect((await setStaffActive(env, admin, added.value.id, false)).ok).toBe(true);
    expect(await attemptLogin(env, added.value.id, '123456', 'login')).toMatchObject({
      ok: false,
      error: { code: 'login.inactive' },
    });
    const actions = (await env.db.audit.toArray()).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['staff.create', 'staff.deactivate']));
  });

  it('re-checks the actor inside every command: a deactivated or non-admin account can do nothing', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    const other = await addStaff(
      env,
      { id: adminId, name: '王芳' },
      { name: '张强', role: 'staff', admin: true, pin: await pin123456() },
    );
    const plain = await addStaff(
      env,
      { id: adminId, name: '王芳' },
      { name: '刘洋', role: 'staff', admin: false, pin: await pin123456() },
    );
    if (!other.ok || !plain.ok) throw new Error('add failed');
    // 张强 deactivates 王芳; 王芳's stale session can no longer manage accounts.
    expect((await setStaffActive(env, { id: other.value.id, name: '张强' }, adminId, false)).ok).toBe(true);
    expect(await setStaffActive(env, { id: adminId, name: '王芳' }, other.value.id, false)).toMatchObject({
      ok: false,
      error: { code: 'auth.forbidden' },
    });
    expect(
      await addStaff(
        env,
        { id: adminId, name: '王芳' },
        { name: 'x', role: 'staff', admin: true, pin: await pin123456() },
      ),
    ).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    // An account without the admin right cannot either, nor can a made-up actor.
    expect(await resetPin(env, { id: plain.value.id, name: '刘洋' }, other.value.id, await pin123456())).toMatchObject({
      ok: false,
      error: { code: 'auth.forbidden' },
    });
    expect(await resetPin(env, { id: 'nobody', name: '?' }, other.value.id, await pin123456())).toMatchObject({
      ok: false,
      error: { code: 'auth.forbidden' },
    });
    // An administrator cannot deactivate themself, so one always remains.
    expect(await setStaffActive(env, { id: other.value.id, name: '张强' }, other.value.id, false)).toMatchObject({
      ok: false,
      error: { code: 'staff.self' },
    });
  });

  it('refuses to make a trainer an administrator', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    const r = await addStaff(
      env,
      { id: adminId, name: '王芳' },
      { name: '李老师', role: 'trainer', admin: true, pin: await pin123456() },
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'validation', fields: { admin: 'staff.trainerAdmin' } } });
  });

  it('a PIN reset lifts a lockout', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    const admin = { id: adminId, name: '王芳' };
    const added = await addStaff(env, admin, { name: '李老师', role: 'trainer', admin: false, pin: await pin123456() });
    if (!added.ok) throw new Error('add failed');
    for (let i = 0; i < 5; i += 1) await attemptLogin(env, added.value.id, '999999', 'login');
    expect((await env.db.staff.get(added.value.id))!.lockedUntil).toBeGreaterThan(env.now());
    expect((await resetPin(env, admin, added.value.id, await pin123456())).ok).toBe(true);
    expect((await attemptLogin(env, added.value.id, '123456', 'login')).ok).toBe(true);
  });

  it('refuses an empty name with a field error', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    const r = await addStaff(
      env,
      { id: adminId, name: '王芳' },
      { name: '  ', role: 'staff', admin: false, pin: await pin123456() },
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'validation', fields: { name: 'name.empty' } } });
    expect(await env.db.staff.count()).toBe(1);
  });
});
