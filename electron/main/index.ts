import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, protocol, session, shell } from 'electron';
import { APP_ORIGIN, APP_SCHEME, serveAppRequest } from './app-protocol';
import { bridgeHandlers } from './bridge-handlers';
import { CONTENT_SECURITY_POLICY } from './csp';
import { registerIpc } from './ipc';
import { denyAllPermissions, guardWebContents } from './navigation';
import { windowOptions } from './window-options';

const devUrl = process.env['ELECTRON_RENDERER_URL'];
const appOrigin = devUrl ?? APP_ORIGIN;
const rendererRoot = join(__dirname, '../renderer');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;

function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow(windowOptions(join(__dirname, '../preload/index.cjs')));
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
    guardWebContents(contents, appOrigin, (url) => shell.openExternal(url));
  });

  void app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession);
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
