import * as fs from 'node:fs/promises';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, powerMonitor, safeStorage } from 'electron';
import { err, ok } from '#shared/result';
import { backupStore, type BackupStore } from './backup/backup-store';
import type { BridgeHandlers } from './ipc';
import { openSite } from './open-site';

/** Secrets (the station's sync token) are encrypted with the OS keychain via safeStorage. */
function secretPath(key: string): string {
  return join(app.getPath('userData'), 'secrets', `${key}.bin`);
}

let backups: BackupStore | null = null;
/** The backup store over the real file system, in this user's data folder (made on first use: `app` is ready then). */
const backupFiles = (): BackupStore =>
  (backups ??= backupStore({
    fs: {
      mkdir: (path, options) => fs.mkdir(path, options),
      readdir: (path) => fs.readdir(path),
      readFile: (path) => fs.readFile(path),
      writeFile: (path, data, options) => fs.writeFile(path, data, options),
      rename: (from, to) => fs.rename(from, to),
      unlink: (path) => fs.unlink(path),
    },
    now: () => Date.now(),
    dataDir: app.getPath('userData'),
  }));

export const bridgeHandlers: BridgeHandlers = {
  appInfo: async () => ok({ version: app.getVersion(), platform: process.platform, shell: 'electron' }),

  idleSeconds: async () => ok(powerMonitor.getSystemIdleTime()),

  openExternal: async ({ site }) => {
    await openSite(site);
    return ok(null);
  },

  saveFile: async ({ suggestedName, content, encoding }) => {
    const owner = BrowserWindow.getFocusedWindow();
    const options = { defaultPath: join(app.getPath('documents'), suggestedName) };
    const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return ok({ saved: false });
    await writeFile(choice.filePath, Buffer.from(content, encoding));
    return ok({ saved: true });
  },

  printToPdf: async ({ suggestedName, landscape }) => {
    const owner = BrowserWindow.getFocusedWindow();
    if (!owner) return err('print.noWindow', 'No window to print');
    const pdf = await owner.webContents.printToPDF({
      pageSize: 'A4',
      landscape,
      printBackground: true,
      margins: { marginType: 'default' },
    });
    const choice = await dialog.showSaveDialog(owner, {
      defaultPath: join(app.getPath('documents'), suggestedName),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (choice.canceled || !choice.filePath) return ok({ via: 'pdf', saved: false });
    await writeFile(choice.filePath, pdf);
    return ok({ via: 'pdf', saved: true });
  },

  secretGet: async ({ key }) => {
    try {
      const data = await readFile(secretPath(key));
      return ok(safeStorage.decryptString(data));
    } catch {
      return ok(null);
    }
  },

  secretSet: async ({ key, value }) => {
    if (!safeStorage.isEncryptionAvailable()) return err('secret.unavailable', 'OS encryption is not available');
    await mkdir(join(app.getPath('userData'), 'secrets'), { recursive: true });
    await writeFile(secretPath(key), safeStorage.encryptString(value), { mode: 0o600 });
    return ok(null);
  },

  backupSave: async ({ kind, content }) => ok(await backupFiles().save(kind, Buffer.from(content, 'base64'))),

  backupStatus: async () => ok(await backupFiles().status()),

  backupChooseCopyFolder: async ({ clear }) => {
    if (clear) return ok({ copyFolder: await backupFiles().setCopyFolder(null) });
    const owner = BrowserWindow.getFocusedWindow();
    const options = { properties: ['openDirectory' as const, 'createDirectory' as const] };
    const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    const folder = choice.canceled ? undefined : choice.filePaths[0];
    if (!folder) return ok({ copyFolder: (await backupFiles().status()).copyFolder });
    return ok({ copyFolder: await backupFiles().setCopyFolder(folder) });
  },
};
