import { describe, expect, it } from 'vitest';
import { CONSOLE_LOCKOUT } from '../../../console/lockout';
import { CONSOLE, consoleForEachTest, MINUTE, PASSWORD, sessionCookie } from '../../../test-support/console';
import { testBackends } from '../../../test-support/databases';

describe.each(testBackends())('county console log-in ($name)', ({ make }) => {
  const county = consoleForEachTest(make);
  const { clock, inject, addUser, login } = county;

  it('logs in with a right pair: 200, the account, and an HttpOnly SameSite=Strict session cookie for /', async () => {
    await addUser('zhang.san', 'viewer');
    const r = await login('Zhang.San ');
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ user: { name: 'zhang.san', displayName: 'zhang.san', role: 'viewer' } });
    const [cookie] = r.cookies;
    expect(cookie).toMatchObject({ name: 'doorstep_console', path: '/', httpOnly: true, sameSite: 'Strict' });
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Plain HTTP here: a Secure cookie would never come back.
    expect(cookie?.secure).toBeUndefined();
    expect(cookie?.maxAge).toBeUndefined();
    const me = await inject({ method: 'GET', url: `${CONSOLE}/me`, headers: { cookie: sessionCookie(r) } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ name: 'zhang.san', role: 'viewer' });
  });

  it('stores the session only as the hash of the cookie’s value', async () => {
    await addUser('li');
    const value = sessionCookie(await login('li')).split('=')[1] ?? '';
    const dump = JSON.stringify(await county.db.transaction((sql) => sql.all('SELECT * FROM console_sessions')));
    expect(dump).not.toContain(value);
    expect(dump).toMatch(/"id":"[0-9a-f]{64}"/);
  });

  it('answers a wrong password and an unknown name alike: 401, no cookie, the same body', async () => {
    await addUser('wang');
    const wrong = await login('wang', 'not the password');
    const unknown = await login('nobody', 'not the password');
    const badName = await login('  !!  ', 'not the password');
    for (const r of [wrong, unknown, badName]) {
      expect(r.statusCode).toBe(401);
      expect(r.cookies).toEqual([]);
    }
    const body = (r: typeof wrong) => ({ ...(r.json() as object), serverTime: 0 });
    expect(body(wrong)).toEqual(body(unknown));
    expect(body(badName)).toEqual(body(unknown));
    expect(wrong.json()).toMatchObject({ error: 'console.badLogin', messageZh: '用户名或密码不对' });
  });

  it('locks after five wrong passwords in a row for 15 minutes (423 with when), then lets the right one in', async () => {
    await addUser('zhao');
    const codes: number[] = [];
    for (let i = 0; i < CONSOLE_LOCKOUT.maxFailures; i += 1)
      codes.push((await login('zhao', 'wrong password')).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 423]);
    const lockedAt = clock.now;
    const locked = await login('zhao');
    expect(locked.statusCode).toBe(423);
    expect(locked.headers['retry-after']).toBe('900');
    // 02:00 UTC is 10:00 in Beijing.
    expect(locked.json()).toMatchObject({
      error: 'console.locked',
      messageZh: '密码错误次数太多，账号已锁定，请于北京时间 10:15 后再试（约 15 分钟）',
      unlocksAt: lockedAt + 15 * MINUTE,
    });
    clock.now = lockedAt + 15 * MINUTE - 1;
    expect((await login('zhao')).statusCode).toBe(423);
    clock.now = lockedAt + 15 * MINUTE;
    expect((await login('zhao')).statusCode).toBe(200);
  });

  it('a right password clears the count: four wrong, one right, four wrong is no lock', async () => {
    await addUser('qian');
    for (let i = 0; i < 4; i += 1) expect((await login('qian', 'wrong password')).statusCode).toBe(401);
    expect((await login('qian')).statusCode).toBe(200);
    for (let i = 0; i < 4; i += 1) expect((await login('qian', 'wrong password')).statusCode).toBe(401);
    expect((await login('qian')).statusCode).toBe(200);
  });

  it('refuses a disabled account as a wrong pair', async () => {
    await addUser('sun');
    await county.service.console.users.disable('sun');
    expect((await login('sun')).json()).toMatchObject({ error: 'console.badLogin' });
  });

  it('answers malformed log-ins with 400 and a Chinese message, never 5xx', async () => {
    const bodies: unknown[] = [
      {},
      { username: 'a' },
      { username: 1, password: 2 },
      [],
      'x',
      { username: 'a', password: 'b', x: 1 },
    ];
    for (const payload of bodies) {
      const r = await inject({
        method: 'POST',
        url: `${CONSOLE}/login`,
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify(payload),
      });
      expect(r.statusCode).toBe(400);
      expect(r.json()).toMatchObject({ messageZh: expect.stringMatching(/[\u4e00-\u9fff]/) });
    }
    const broken = await inject({
      method: 'POST',
      url: `${CONSOLE}/login`,
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(broken.statusCode).toBe(400);
  });

  it('takes JSON only: a form post from another site gets 415 and no session', async () => {
    await addUser('zhou');
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
      const r = await inject({
        method: 'POST',
        url: `${CONSOLE}/login`,
        headers: { 'content-type': type, origin: 'https://evil.example' },
        payload: `username=zhou&password=${encodeURIComponent(PASSWORD)}`,
      });
      expect(r.statusCode).toBe(415);
      expect(r.json()).toMatchObject({ error: 'console.contentType', messageZh: expect.any(String) });
      expect(r.cookies).toEqual([]);
    }
  });

  it('sends no CORS header on console answers, and answers no preflight', async () => {
    await addUser('wu');
    const ok = await login('wu', PASSWORD, { origin: 'https://evil.example' });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['access-control-allow-origin']).toBeUndefined();
    const pre = await inject({
      method: 'OPTIONS',
      url: `${CONSOLE}/login`,
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(pre.statusCode).toBe(401);
    expect(pre.headers['access-control-allow-origin']).toBeUndefined();
    expect(pre.headers['access-control-allow-methods']).toBeUndefined();
    const encoded = await inject({
      method: 'GET',
      url: '/api/v1/%63onsole/me',
      headers: { cookie: sessionCookie(ok) },
    });
    expect(encoded.statusCode).toBe(200);
    expect(encoded.headers['access-control-allow-origin']).toBeUndefined();
    // The sync API keeps its header.
    const health = await inject({ method: 'GET', url: '/api/v1/health', headers: { origin: 'app://doorstep' } });
    expect(health.headers['access-control-allow-origin']).toBe('*');
  });
});

describe('county console log-in rate limit', () => {
  const [sqlite] = testBackends();
  if (!sqlite) throw new Error('SQLite is always a test backend');
  const county = consoleForEachTest(sqlite.make, { loginLimitPerMinute: 3 });

  it('limits log-in attempts per address', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 5; i += 1) codes.push((await county.login('nobody', 'wrong password')).statusCode);
    expect(codes).toEqual([401, 401, 401, 429, 429]);
    const limited = await county.login('nobody', 'wrong password');
    expect(limited.json()).toMatchObject({ messageZh: expect.stringContaining('请求太频繁') });
    const elsewhere = await county.inject({
      method: 'POST',
      url: `${CONSOLE}/login`,
      remoteAddress: '10.0.0.9',
      payload: { username: 'nobody', password: 'wrong password' },
    });
    expect(elsewhere.statusCode).toBe(401);
  });
});
