import { describe, expect, it } from 'vitest';
import { isConsolePath, sessionCookieOptions } from './console-auth';

describe('console HTTP guards', () => {
  it('marks the session cookie Secure exactly when the request came over TLS', () => {
    expect(sessionCookieOptions({ protocol: 'https' })).toEqual({
      httpOnly: true,
      sameSite: 'strict',
      path: '/',
      secure: true,
    });
    expect(sessionCookieOptions({ protocol: 'http' }).secure).toBe(false);
  });

  it('knows the console’s paths, and no others', () => {
    const encoded = ['/api/v1/%63onsole/me', '/api%2Fv1/console/me'];
    for (const url of ['/api/v1/console', '/api/v1/console/', '/api/v1/console/me', '/api/v1/console?x=1', ...encoded])
      expect([url, isConsolePath(url)]).toEqual([url, true]);
    for (const url of ['/api/v1/consoles', '/api/v1/sync/pull?x=/api/v1/console/', '/api/v1/health', '/', '/%E0%A4%A'])
      expect([url, isConsolePath(url)]).toEqual([url, false]);
  });
});
