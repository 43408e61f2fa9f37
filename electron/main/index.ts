import { join } from 'node:path';
import { app, ipcMain, Menu, protocol, session, type BrowserWindow } from 'electron';
import { APP_ORIGIN, APP_SCHEME, serveAppRequest } from './app-protocol';
import { bridgeHandlers } from './bridge-handlers';
import { createWindow } from './create-window';
import { CONTENT_SECURITY_POLICY } from './csp';
import { registerIpc } from './ipc';
import { denyAllPermissions, guardWebContents } from './navigation';
import { openSite } from './open-site';
import { devRendererUrl } from './dev-url';

// The dev server is used only when developing (never in an installed app), and only on this machine.
const devUrl = devRendererUrl(app.isPackaged, process.env['ELECTRON_RENDERER_URL']);
const appOrigin = devUrl ?? APP_ORIGIN;
const rendererRoot = join(__dirname, '../renderer');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;

function createMainWindow(): BrowserWindow {
  const win = createWindow({ devTools: !app.isPackaged });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(devUrl ?? `${APP_ORIGIN}/index.html`);
  return win;
}

if (!app.requestSingleInstanceLock()) {
  // A second copy on the shared PC would open the same database twice: hand over to the first one.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, appOrigin, openSite, app.isPackaged);
  });

  void app.whenReady().then(() => {
    // No application menu in the installed app: its View menu would open DevTools.
    if (app.isPackaged) Menu.setApplicationMenu(null);
    denyAllPermissions(session.defaultSession);
    // The typed bridge (electron/preload) runs in the app's frames through the session's preload
    // registration, Electron's current API for it. Only app frames exist (navigation and new windows are
    // refused) and main checks the sender of every IPC call anyway.
    session.defaultSession.registerPreloadScript({
      id: 'doorstep-bridge',
      type: 'frame',
      filePath: join(__dirname, '../preload/index.cjs'),
    });
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({
        responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
      });
    });
    protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rendererRoot));
    registerIpc(ipcMain, bridgeHandlers, appOrigin);
    mainWindow = createMainWindow();
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });

  app.on('window-all-closed', () => app.quit());
}
