import { describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, CONSOLE, consoleForEachTest, MINUTE } from '../../../test-support/console';
import { testBackends } from '../../../test-support/databases';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe.each(testBackends())('county console sessions ($name)', ({ make }) => {
  const county = consoleForEachTest(make);
  const { clock, inject, loggedIn } = county;
  const me = (headers: Record<string, string> = {}) => inject({ method: 'GET', url: `${CONSOLE}/me`, headers });

  it('ends a session after 30 idle minutes; each request moves the idle time on', async () => {
    const cookie = await loggedIn('zhang');
    clock.now += 29 * MINUTE;
    expect((await me({ cookie })).statusCode).toBe(200);
    clock.now += 29 * MINUTE;
    expect((await me({ cookie })).statusCode).toBe(200);
    clock.now += 30 * MINUTE;
    const expired = await me({ cookie });
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toMatchObject({ error: 'console.expired', messageZh: '登录已超时，请重新登录' });
    expect(expired.cookies).toMatchObject([{ name: 'doorstep_console', value: '' }]);
    // Deleted, not merely refused: going back in time does not bring it back.
    clock.now -= 30 * MINUTE;
    expect((await me({ cookie })).json()).toMatchObject({ error: 'console.auth' });
    expect(await county.db.transaction((sql) => sql.all('SELECT id FROM console_sessions'))).toEqual([]);
  });

  it('ends a session after 12 hours however busy', async () => {
    const cookie = await loggedIn('li');
    for (let i = 0; i < 12 * 3 - 1; i += 1) {
      clock.now += 20 * MINUTE;
      expect((await me({ cookie })).statusCode).toBe(200);
    }
    clock.now += 20 * MINUTE;
    expect((await me({ cookie })).statusCode).toBe(401);
  });

  it('logs out: the session is gone and the cookie cleared', async () => {
    const cookie = await loggedIn('wang');
    const out = await inject({
      method: 'POST',
      url: `${CONSOLE}/logout`,
      headers: { cookie, 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(out.statusCode).toBe(200);
    expect(out.cookies).toMatchObject([{ name: 'doorstep_console', value: '', path: '/' }]);
    expect((await me({ cookie })).statusCode).toBe(401);
  });

  it('answers 401 on every console path without a session, unknown paths and garbage bodies included', async () => {
    const requests = [
      { method: 'GET' as const, url: `${CONSOLE}/me` },
      { method: 'GET' as const, url: `${CONSOLE}/audit` },
      { method: 'GET' as const, url: `${CONSOLE}/audit?page=-1` },
      { method: 'POST' as const, url: `${CONSOLE}/logout`, payload: '{"broken":' },
      { method: 'GET' as const, url: `${CONSOLE}/summary?from=2026-11-01&to=2026-11-30` },
      { method: 'GET' as const, url: `${CONSOLE}/exports/seekers.xlsx` },
      { method: 'GET' as const, url: `${CONSOLE}/login` },
      { method: 'GET' as const, url: CONSOLE },
    ];
    for (const request of requests) {
      const r = await inject({
        ...request,
        headers: { 'content-type': 'application/json', cookie: 'doorstep_console=forged' },
      });
      expect([request.url, r.statusCode]).toEqual([request.url, 401]);
      expect(r.json()).toMatchObject({ error: 'console.auth', messageZh: '请先登录县级控制台' });
    }
    const cookie = await loggedIn('zhao');
    expect((await inject({ method: 'GET', url: `${CONSOLE}/nope`, headers: { cookie } })).statusCode).toBe(404);
  });

  it('is not opened by the admin token or a station token', async () => {
    const added = await inject({
      method: 'POST',
      url: '/api/v1/admin/stations',
      headers: bearer(ADMIN_TOKEN),
      payload: { name: '幸福村就业服务站', areaCode: '522626101' },
    });
    const { enrollmentCode } = added.json() as { enrollmentCode: string };
    const enrolled = await inject({
      method: 'POST',
      url: '/api/v1/enroll',
      payload: { enrollmentCode, deviceName: 'PC' },
    });
    const { token } = enrolled.json() as { token: string };
    for (const secret of [ADMIN_TOKEN, token]) {
      expect((await me(bearer(secret))).statusCode).toBe(401);
      expect((await me({ cookie: `doorstep_console=${secret}` })).statusCode).toBe(401);
      expect((await inject({ method: 'GET', url: `${CONSOLE}/audit`, headers: bearer(secret) })).statusCode).toBe(401);
    }
  });

  it('wants JSON for writes inside a session too', async () => {
    const cookie = await loggedIn('qian');
    const r = await inject({
      method: 'POST',
      url: `${CONSOLE}/logout`,
      headers: { cookie, 'content-type': 'text/plain' },
      payload: '',
    });
    expect(r.statusCode).toBe(415);
    expect((await me({ cookie })).statusCode).toBe(200);
  });

  it('ends the sessions of an account that is disabled or given a new password', async () => {
    const sun = await loggedIn('sun');
    const zhou = await loggedIn('zhou');
    await county.service.console.users.disable('sun');
    await county.service.console.users.setPassword('zhou', 'another long password');
    expect((await me({ cookie: sun })).statusCode).toBe(401);
    expect((await me({ cookie: zhou })).statusCode).toBe(401);
    expect((await county.login('zhou', 'another long password')).statusCode).toBe(200);
  });
});
