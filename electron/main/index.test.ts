import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcContract } from '#shared/ipc/contract';

// The Electron binary cannot run here: main is exercised against a mocked `electron` module.
const mocks = vi.hoisted(() => {
  const appHandlers = new Map<string, (...args: unknown[]) => void>();
  let ready: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => {
    ready = resolve;
  });
  return {
    appHandlers,
    ready: () => ready(),
    singleInstance: { value: true },
    app: {
      isPackaged: false,
      requestSingleInstanceLock: vi.fn(() => mocks.singleInstance.value),
      quit: vi.fn(),
      on: vi.fn((name: string, fn: (...args: unknown[]) => void) => appHandlers.set(name, fn)),
      whenReady: vi.fn(() => whenReady),
      getVersion: () => '0.1.0',
      getPath: () => '/tmp',
    },
    windows: [] as { options: unknown; url?: string }[],
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        registerPreloadScript: vi.fn(),
        webRequest: { onHeadersReceived: vi.fn() },
      },
    },
    ipcMain: { handle: vi.fn() },
    Menu: { setApplicationMenu: vi.fn() },
  };
});

vi.mock('electron', () => {
  class BrowserWindow {
    constructor(readonly options: unknown) {
      mocks.windows.push(this as unknown as { options: unknown });
    }
    once = vi.fn();
    on = vi.fn();
    loadURL = vi.fn(async (url: string) => {
      (this as unknown as { url: string }).url = url;
    });
    static getFocusedWindow = () => null;
  }
  return {
    app: mocks.app,
    BrowserWindow,
    ipcMain: mocks.ipcMain,
    Menu: mocks.Menu,
    protocol: mocks.protocol,
    session: mocks.session,
    shell: { openExternal: vi.fn() },
    dialog: { showSaveDialog: vi.fn() },
    powerMonitor: { getSystemIdleTime: () => 0 },
    safeStorage: { isEncryptionAvailable: () => false },
  };
});

describe('main process start-up', () => {
  beforeEach(() => {
    vi.resetModules();
    mocks.windows.length = 0;
    mocks.app.quit.mockClear();
    mocks.ipcMain.handle.mockClear();
  });

  it('takes the single-instance lock, registers the app scheme, then opens one locked-down window', async () => {
    mocks.singleInstance.value = true;
    await import('./index');
    expect(mocks.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(mocks.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(mocks.app.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
    expect(mocks.app.on).toHaveBeenCalledWith('second-instance', expect.any(Function));
    mocks.ready();
    await vi.waitFor(() => expect(mocks.windows).toHaveLength(1));
    const win = mocks.windows[0] as unknown as { options: { webPreferences: Record<string, unknown> }; url: string };
    expect(win.options.webPreferences).toMatchObject({
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
    });
    expect(mocks.session.defaultSession.registerPreloadScript).toHaveBeenCalledWith({
      id: 'doorstep-bridge',
      type: 'frame',
      filePath: expect.stringMatching(/preload[\\/]index\.cjs$/),
    });
    expect(win.url).toBe('app://doorstep/index.html');
    expect(mocks.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(mocks.session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalled();
    expect(mocks.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const channels = mocks.ipcMain.handle.mock.calls.map((c) => c[0]);
    expect(channels.sort()).toEqual(
      Object.values(ipcContract)
        .map((c) => c.channel)
        .sort(),
    );
  });

  it('installed: no menu, no DevTools, and a dev-server address in the environment is ignored', async () => {
    mocks.singleInstance.value = true;
    mocks.app.isPackaged = true;
    process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5173';
    try {
      await import('./index');
      await vi.waitFor(() => expect(mocks.windows).toHaveLength(1));
      const win = mocks.windows[0] as unknown as { options: { webPreferences: Record<string, unknown> }; url: string };
      expect(win.options.webPreferences['devTools']).toBe(false);
      expect(win.url).toBe('app://doorstep/index.html');
      expect(mocks.Menu.setApplicationMenu).toHaveBeenCalledWith(null);
    } finally {
      mocks.app.isPackaged = false;
      delete process.env['ELECTRON_RENDERER_URL'];
    }
  });

  it('quits at once when another copy already runs', async () => {
    mocks.singleInstance.value = false;
    await import('./index');
    expect(mocks.app.quit).toHaveBeenCalled();
    expect(mocks.ipcMain.handle).not.toHaveBeenCalled();
  });
});
