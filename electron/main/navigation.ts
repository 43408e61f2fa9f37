import type { Session, WebContents } from 'electron';
import { siteForUrl, type ExternalSite } from '#shared/ipc/external-sites';

/** The origin the app is served from: app://doorstep in production, the dev server while developing. */
export function isAppUrl(url: string, appOrigin: string): boolean {
  // Compare scheme and host: URL.origin is "null" for custom schemes such as app://, so it cannot be used.
  const key = (u: URL): string => `${u.protocol}//${u.host}`;
  try {
    return key(new URL(url)) === key(new URL(appOrigin));
  } catch {
    return false;
  }
}

type OpenSite = (site: ExternalSite) => Promise<void> | void;

/**
 * Guards every web contents: navigation away from the app is refused, new windows are refused (one of
 * the named sites opens in the system browser instead), and <webview> cannot be attached.
 */
export function guardWebContents(contents: WebContents, appOrigin: string, openSite: OpenSite, packaged = true): void {
  if (packaged) {
    contents.on('before-input-event', (event, input) => {
      if (isBlockedShortcut(input)) event.preventDefault();
    });
    contents.on('devtools-opened', () => contents.closeDevTools());
  }
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const site = siteForUrl(url);
    if (site) void openSite(site);
    return { action: 'deny' };
  });
}

/** Keys that open DevTools or reload: blocked in the installed app (F12, Ctrl/Cmd+Shift+I/J/C, Ctrl/Cmd+R, F5). */
export function isBlockedShortcut(input: {
  readonly key: string;
  readonly control: boolean;
  readonly meta: boolean;
  readonly shift: boolean;
  readonly type: string;
}): boolean {
  if (input.type !== 'keyDown') return false;
  const key = input.key.toLowerCase();
  const mod = input.control || input.meta;
  return key === 'f12' || key === 'f5' || (mod && input.shift && ['i', 'j', 'c'].includes(key)) || (mod && key === 'r');
}

/** No web permission (camera, microphone, geolocation, notifications …) is ever granted. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
