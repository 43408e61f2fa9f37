import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { APP_ORIGIN, resolveAppPath } from './app-protocol';
import { CONTENT_SECURITY_POLICY } from './csp';
import { devRendererUrl } from './dev-url';
import { denyAllPermissions, guardWebContents, isBlockedShortcut } from './navigation';

type Listener = (event: { preventDefault: () => void }, arg: unknown) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((d: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, fn: Listener) => listeners.set(name, fn),
    closeDevTools: vi.fn(),
    setWindowOpenHandler: (fn: typeof openHandler) => {
      openHandler = fn;
    },
  };
  const fire = (name: string, arg: unknown) => {
    const preventDefault = vi.fn();
    listeners.get(name)?.({ preventDefault }, arg);
    return preventDefault.mock.calls.length > 0;
  };
  return { contents: contents as unknown as WebContents, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('main process security', () => {
  it('refuses navigation away from the app, and allows it within', () => {
    const { contents, fire } = fakeContents();
    guardWebContents(contents, APP_ORIGIN, vi.fn());
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-navigate', 'app://other/index.html')).toBe(true);
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fire('will-navigate', `${APP_ORIGIN}/index.html#/staff`)).toBe(false);
    // A dev-server origin is compared by scheme, host and port.
    const dev = fakeContents();
    guardWebContents(dev.contents, 'http://localhost:5173', vi.fn());
    expect(dev.fire('will-navigate', 'http://localhost:5173/#/audit')).toBe(false);
    expect(dev.fire('will-navigate', 'http://localhost:5174/')).toBe(true);
    expect(fire('will-attach-webview', '')).toBe(true);
  });

  it('denies every new window; a named site opens in the system browser instead', () => {
    const openSite = vi.fn();
    const { contents, open } = fakeContents();
    guardWebContents(contents, APP_ORIGIN, openSite);
    expect(open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(open('https://www.12333.gov.cn.evil.example/')).toEqual({ action: 'deny' });
    expect(openSite).not.toHaveBeenCalled();
    expect(open('https://www.12333.gov.cn/')).toEqual({ action: 'deny' });
    expect(openSite).toHaveBeenCalledExactlyOnceWith('hotline12333');
  });

  it('blocks the DevTools and reload shortcuts in the installed app', () => {
    const key = (k: string, mods: Partial<{ control: boolean; meta: boolean; shift: boolean }> = {}) => ({
      key: k,
      control: false,
      meta: false,
      shift: false,
      type: 'keyDown',
      ...mods,
    });
    for (const blocked of [
      key('F12'),
      key('I', { control: true, shift: true }),
      key('j', { meta: true, shift: true }),
      key('r', { control: true }),
      key('F5'),
    ]) {
      expect(isBlockedShortcut(blocked), JSON.stringify(blocked)).toBe(true);
    }
    for (const allowed of [
      key('i'),
      key('I', { shift: true }),
      key('c', { control: true }),
      key('Enter'),
      { ...key('F12'), type: 'keyUp' },
    ]) {
      expect(isBlockedShortcut(allowed), JSON.stringify(allowed)).toBe(false);
    }
    const installed = fakeContents();
    guardWebContents(installed.contents, APP_ORIGIN, vi.fn(), true);
    expect(installed.fire('before-input-event', key('F12'))).toBe(true);
    expect(installed.fire('before-input-event', key('a'))).toBe(false);
    const dev = fakeContents();
    guardWebContents(dev.contents, APP_ORIGIN, vi.fn(), false);
    expect(dev.fire('before-input-event', key('F12'))).toBe(false);
  });

  it('uses a dev-server address only in development and only on loopback', () => {
    expect(devRendererUrl(false, 'http://localhost:5173')).toBe('http://localhost:5173');
    expect(devRendererUrl(false, 'http://127.0.0.1:5173/')).toBe('http://127.0.0.1:5173/');
    expect(devRendererUrl(true, 'http://localhost:5173')).toBeUndefined();
    expect(devRendererUrl(false, 'https://evil.example/')).toBeUndefined();
    expect(devRendererUrl(false, 'http://localhost.evil.example:5173')).toBeUndefined();
    expect(devRendererUrl(false, 'not a url')).toBeUndefined();
    expect(devRendererUrl(false, undefined)).toBeUndefined();
  });

  it('denies every permission request and check', () => {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (fn: typeof request) => (request = fn),
      setPermissionCheckHandler: (fn: typeof check) => (check = fn),
    } as unknown as Session;
    denyAllPermissions(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      const cb = vi.fn();
      request?.({}, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
    }
    expect(request).toBeDefined();
    expect(check?.()).toBe(false);
  });

  it('serves only files inside the renderer folder', () => {
    const root = '/app/renderer';
    expect(resolveAppPath(`${APP_ORIGIN}/index.html`, root)).toBe('/app/renderer/index.html');
    expect(resolveAppPath(`${APP_ORIGIN}/assets/a.js`, root)).toBe('/app/renderer/assets/a.js');
    expect(resolveAppPath(`${APP_ORIGIN}/staff`, root)).toBe('/app/renderer/index.html');
    expect(resolveAppPath(`${APP_ORIGIN}/..%2F..%2Fetc%2Fpasswd`, root)).toBeNull();
    // The URL parser resolves dot segments before we see them: this stays inside the folder.
    expect(resolveAppPath(`${APP_ORIGIN}/%2e%2e/secret.txt`, root)).toBe('/app/renderer/secret.txt');
    expect(resolveAppPath(`${APP_ORIGIN}/a%5C..%5C..%5C..%5Cwin.ini`, root)?.startsWith('/app/renderer/')).toBe(true);
    expect(resolveAppPath('app://elsewhere/index.html', root)).toBeNull();
    expect(resolveAppPath('not a url', root)).toBeNull();
  });

  it('uses one strict CSP in main and in index.html', () => {
    const html = readFileSync(join(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
  });
});
