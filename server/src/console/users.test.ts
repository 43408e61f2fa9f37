import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createService, type Service } from '../service';
import type { Database } from '../store/sql';
import { testBackends, type DbFactory } from '../test-support/databases';
import { verifyPassword } from './passwords';

const T = Date.UTC(2026, 10, 25, 2);
const PASSWORD = 'correct horse battery';

describe.each(testBackends())('console accounts ($name)', ({ make }) => {
  let factory: DbFactory;
  let db: Database;
  let service: Service;
  const clock = { now: T };

  beforeEach(async () => {
    clock.now = T;
    factory = await make();
    db = factory.open();
    service = createService(db, { adminToken: 'admin-token-00000000000000000000', now: () => clock.now });
    await service.init();
  });
  afterEach(async () => {
    await db.close();
    await factory.cleanup();
  });

  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: unknown) => error,
    );

  it('adds an account with a generated password, shown once and stored only as a scrypt hash', async () => {
    const { user, generatedPassword } = await service.console.users.add({ username: ' Zhang.San ', role: 'viewer' });
    expect(user).toEqual({
      username: 'zhang.san',
      displayName: 'zhang.san',
      role: 'viewer',
      createdAt: T,
      disabledAt: null,
      lockedUntil: null,
    });
    expect(generatedPassword).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    const rows = await db.transaction((sql) => sql.all<{ password_hash: string }>('SELECT * FROM console_users'));
    expect(JSON.stringify(rows)).not.toContain(generatedPassword);
    expect(await verifyPassword(generatedPassword ?? '', rows[0]?.password_hash ?? '')).toBe(true);
    expect(await service.console.users.list()).toEqual([user]);
  });

  it('takes a display name and a chosen password; Chinese names are fine', async () => {
    const { user, generatedPassword } = await service.console.users.add({
      username: '张三',
      role: 'county-admin',
      displayName: '张三（就业中心）',
      password: PASSWORD,
    });
    expect(generatedPassword).toBeNull();
    expect(user).toMatchObject({ username: '张三', displayName: '张三（就业中心）', role: 'county-admin' });
  });

  it('refuses a taken name (whatever its case), a bad name, a bad role and a short password, in Chinese too', async () => {
    await service.console.users.add({ username: 'li', role: 'viewer', password: PASSWORD });
    const cases: [Record<string, unknown>, number, string, RegExp][] = [
      [{ username: 'LI', role: 'viewer', password: PASSWORD }, 409, 'console.userExists', /已有同名账号：li/],
      [{ username: 'a', role: 'viewer', password: PASSWORD }, 400, 'console.userInvalid', /账号名/],
      [{ username: 'has space', role: 'viewer', password: PASSWORD }, 400, 'console.userInvalid', /账号名/],
      [{ username: 'wang', role: 'root', password: PASSWORD }, 400, 'console.userInvalid', /角色/],
      [{ username: 'wang', role: 'viewer', password: '123456789' }, 400, 'console.userInvalid', /至少 10 个字符/],
    ];
    for (const [input, status, code, zh] of cases) {
      const error = await refusal(service.console.users.add(input as { username: unknown; role: unknown }));
      expect(error).toMatchObject({ status, code, messageZh: expect.stringMatching(zh) });
    }
    expect((await service.console.users.list()).map((u) => u.username)).toEqual(['li']);
  });

  it('disables an account once, and refuses an unknown one with 404', async () => {
    await service.console.users.add({ username: 'zhao', role: 'viewer', password: PASSWORD });
    clock.now += 1000;
    expect(await service.console.users.disable('ZHAO')).toBe(true);
    expect(await service.console.users.disable('zhao')).toBe(false);
    expect((await service.console.users.list())[0]?.disabledAt).toBe(T + 1000);
    expect(await refusal(service.console.users.disable('nobody'))).toMatchObject({
      status: 404,
      messageZh: '没有这个账号：nobody',
    });
  });

  it('shows a locked account in the list, and a new password unlocks it', async () => {
    await service.console.users.add({ username: 'qian', role: 'viewer', password: PASSWORD });
    for (let i = 0; i < 5; i += 1)
      await service.console.sessions.login({ username: 'qian', password: 'a wrong password' }, '127.0.0.1');
    expect((await service.console.users.list())[0]?.lockedUntil).toBe(T + 15 * 60_000);
    await service.console.users.setPassword('qian', 'a new long password');
    expect((await service.console.users.list())[0]?.lockedUntil).toBeNull();
    const result = await service.console.sessions.login({ username: 'qian', password: 'a new long password' }, '::1');
    expect(result.ok).toBe(true);
    expect(await refusal(service.console.users.setPassword('qian', 'short'))).toMatchObject({ status: 400 });
  });

  it('audits account changes made outside the console, with no password in them', async () => {
    await service.console.users.add({ username: 'sun', role: 'county-admin', password: PASSWORD });
    await service.console.users.setPassword('sun', 'a new long password');
    await service.console.users.disable('sun');
    const page = await service.console.audit({ page: 1, pageSize: 10 });
    expect(page.entries.map((e) => [e.action, e.target, e.userId, e.detail])).toEqual([
      ['user.disable', 'sun', null, {}],
      ['user.password', 'sun', null, {}],
      ['user.add', 'sun', null, { role: 'county-admin' }],
    ]);
    expect(JSON.stringify(page)).not.toMatch(/correct horse|new long/);
  });
});
