import { afterEach, describe, expect, it, vi } from 'vitest';
import { getJson, onSessionLost, prefetchJson, queryString, refusalOf } from './client';
import type { Refusal } from './types';

/** A fetch answer as the browser gives it, from a console path. */
function answer(status: number, body: unknown, path = '/api/v1/console/summary'): Response {
  const response = new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
  Object.defineProperty(response, 'url', { value: `http://county.local${path}` });
  return response;
}

describe('the console API client', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('gives a read the answer asked for early for its path, once; later reads ask again', async () => {
    let served = 0;
    const fetchMock = vi.fn(async () => {
      served += 1;
      return answer(200, { served });
    });
    vi.stubGlobal('fetch', fetchMock);
    prefetchJson('/summary?from=2026-11-01');
    prefetchJson('/summary?from=2026-11-01');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(await getJson('/summary?from=2026-11-01')).toEqual({ ok: true, value: { served: 1 } });
    expect(await getJson('/summary?from=2026-11-01')).toEqual({ ok: true, value: { served: 2 } });
    expect(await getJson('/trend')).toEqual({ ok: true, value: { served: 3 } });
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('asks again when the early answer is too old to show', async () => {
    vi.useFakeTimers({ now: 0 });
    let served = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        served += 1;
        return answer(200, { served });
      }),
    );
    prefetchJson('/summary');
    vi.setSystemTime(60_000);
    expect(await getJson('/summary')).toEqual({ ok: true, value: { served: 2 } });
  });

  it('writes a query string without empty values', () => {
    expect(queryString({ from: '2026-11-01', to: '2026-11-30', station: undefined, area: '', page: 2 })).toBe(
      '?from=2026-11-01&to=2026-11-30&page=2',
    );
    expect(queryString({ q: '张 三&' })).toBe('?q=%E5%BC%A0+%E4%B8%89%26');
    expect(queryString({})).toBe('');
  });

  it("keeps the server's words for a refusal, and says something Chinese when it gave none", async () => {
    const locked = await refusalOf(
      answer(
        423,
        { error: 'console.locked', message: 'Locked', messageZh: '账号已锁定', unlocksAt: 5 },
        '/api/v1/console/login',
      ),
    );
    expect(locked).toEqual({
      status: 423,
      error: 'console.locked',
      message: 'Locked',
      messageZh: '账号已锁定',
      unlocksAt: 5,
    });
    const broken = await refusalOf(answer(502, '<html>Bad gateway</html>'));
    expect(broken.messageZh).toBe('服务器出错（502），请稍后再试');
    expect(broken.error).toBe('http.502');
  });

  it('ends the session on a 401, except for a wrong password at log-in', async () => {
    const lost: Refusal[] = [];
    const stop = onSessionLost((r) => lost.push(r));
    await refusalOf(
      answer(401, { error: 'console.badLogin', message: 'x', messageZh: '用户名或密码不对' }, '/api/v1/console/login'),
    );
    expect(lost).toEqual([]);
    await refusalOf(answer(401, { error: 'console.expired', message: 'x', messageZh: '登录已超时，请重新登录' }));
    expect(lost.map((r) => r.error)).toEqual(['console.expired']);
    await refusalOf(answer(403, { error: 'console.role', message: 'x', messageZh: '没有权限' }));
    expect(lost).toHaveLength(1);
    stop();
  });
});
