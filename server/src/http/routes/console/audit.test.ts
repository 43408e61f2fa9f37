import { describe, expect, it } from 'vitest';
import { CONSOLE, consoleForEachTest, MINUTE } from '../../../test-support/console';
import { testBackends } from '../../../test-support/databases';

interface AuditAnswer {
  entries: {
    at: number;
    username: string | null;
    action: string;
    target: string | null;
    reason: string | null;
    detail: Record<string, unknown>;
  }[];
  total: number;
  page: number;
  pageSize: number;
}

describe.each(testBackends())('county console audit log ($name)', ({ make }) => {
  const county = consoleForEachTest(make);
  const { clock, inject, loggedIn, login } = county;
  const audit = (cookie: string, query = '') =>
    inject({ method: 'GET', url: `${CONSOLE}/audit${query}`, headers: { cookie } });

  it('is for county admins: a viewer gets 403', async () => {
    const viewer = await loggedIn('kan', 'viewer');
    const r = await audit(viewer);
    expect(r.statusCode).toBe(403);
    expect(r.json()).toMatchObject({ error: 'console.role', messageZh: expect.stringContaining('没有这项权限') });
    const admin = await loggedIn('guan', 'county-admin');
    expect((await audit(admin)).statusCode).toBe(200);
  });

  it('records log-ins, failures, locks, log-outs and account changes, newest first, without names typed', async () => {
    await county.addUser('zhao', 'viewer');
    clock.now += MINUTE;
    await login('nobody-such', 'a wrong password');
    for (let i = 0; i < 5; i += 1) await login('zhao', 'a wrong password');
    clock.now += MINUTE;
    const admin = await loggedIn('guan');
    await inject({
      method: 'POST',
      url: `${CONSOLE}/logout`,
      headers: { cookie: await loggedIn('li'), 'content-type': 'application/json' },
      payload: '{}',
    });
    const r = await audit(admin);
    expect(r.statusCode).toBe(200);
    const body = r.json() as AuditAnswer;
    const summary = body.entries.map((e) => [e.username, e.action, e.target, e.reason]);
    expect(summary).toEqual([
      ['li', 'logout', null, null],
      ['li', 'login', null, null],
      [null, 'user.add', 'li', null],
      ['guan', 'login', null, null],
      [null, 'user.add', 'guan', null],
      ['zhao', 'account.locked', null, null],
      ['zhao', 'login.failed', null, 'password'],
      ['zhao', 'login.failed', null, 'password'],
      ['zhao', 'login.failed', null, 'password'],
      ['zhao', 'login.failed', null, 'password'],
      ['zhao', 'login.failed', null, 'password'],
      [null, 'login.failed', null, 'unknown'],
      [null, 'user.add', 'zhao', null],
    ]);
    expect(body.entries[6]?.detail).toEqual({ ip: '127.0.0.1', failures: 5 });
    expect(body).toMatchObject({ total: 13, page: 1, pageSize: 50 });
    expect(JSON.stringify(body)).not.toContain('nobody-such');
    expect(JSON.stringify(body)).not.toContain('a wrong password');
  });

  it('pages: pageSize entries from (page - 1) × pageSize', async () => {
    const admin = await loggedIn('guan');
    for (let i = 0; i < 4; i += 1) {
      clock.now += 1000;
      await login('ghost', 'a wrong password');
    }
    const all = (await audit(admin)).json() as AuditAnswer;
    expect(all.total).toBe(6);
    const second = (await audit(admin, '?page=2&pageSize=4')).json() as AuditAnswer;
    expect(second).toMatchObject({ total: 6, page: 2, pageSize: 4 });
    expect(second.entries).toEqual(all.entries.slice(4));
  });

  it('answers a malformed query with 400 and a Chinese message', async () => {
    const admin = await loggedIn('guan');
    for (const query of ['?page=0', '?page=x', '?pageSize=1000', '?pageSize=2.5', '?nope=1']) {
      const r = await audit(admin, query);
      expect([query, r.statusCode]).toEqual([query, 400]);
      expect(r.json()).toMatchObject({ messageZh: expect.stringContaining('查询参数不对') });
    }
  });
});
