import { describe, expect, it } from 'vitest';
import { attemptLogin } from './login';
import { addStaff, resetPin, setStaffActive } from './staff';
import { pin123456, setUp, testEnv } from './test-env';

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
    expect(await attemptLogin(env, added.value.id, '123456', 'login')).toMatchObject({ ok: false, error: { code: 'record.notFound' } });
    const actions = (await env.db.audit.toArray()).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['staff.create', 'staff.deactivate']));
  });

  it('refuses to deactivate the last active admin', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    const other = await addStaff(env, { id: adminId, name: '王芳' }, { name: '张强', role: 'staff', admin: true, pin: await pin123456() });
    if (!other.ok) throw new Error('add failed');
    // The other admin deactivates the first: fine, one admin remains. Then the first cannot be the one to remove the second.
    expect((await setStaffActive(env, { id: other.value.id, name: '张强' }, adminId, false)).ok).toBe(true);
    expect(await setStaffActive(env, { id: adminId, name: '王芳' }, other.value.id, false)).toMatchObject({ ok: false, error: { code: 'staff.lastAdmin' } });
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
    const r = await addStaff(env, { id: adminId, name: '王芳' }, { name: '  ', role: 'staff', admin: false, pin: await pin123456() });
    expect(r).toMatchObject({ ok: false, error: { code: 'validation', fields: { name: 'name.empty' } } });
    expect(await env.db.staff.count()).toBe(1);
  });
});
