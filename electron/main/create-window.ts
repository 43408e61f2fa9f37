import { BrowserWindow } from 'electron';

/**
 * The locked-down window (DESIGN.md, security). The options are written inline, as one literal, so that
 * static checkers (electronegativity) and readers see every setting where the window is made.
 * The preload is registered on the session (see index.ts), not here.
 */
export function createWindow(options: { readonly devTools: boolean }): BrowserWindow {
  return new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    title: '家门口就业服务站',
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      // On the shared PC, DevTools would let anyone edit the database behind the PIN: development only.
      devTools: options.devTools,
    },
  });
}
