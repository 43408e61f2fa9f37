import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'doorstep-'));
const mocks = vi.hoisted(() => ({
  save: vi.fn(),
  open: vi.fn(),
  openExternal: vi.fn(),
  encryption: { value: true },
  window: { value: null as unknown },
}));

vi.mock('electron', () => ({
  app: { getVersion: () => '0.1.0', getPath: () => dir },
  BrowserWindow: { getFocusedWindow: () => mocks.window.value },
  dialog: { showSaveDialog: mocks.save, showOpenDialog: mocks.open },
  powerMonitor: { getSystemIdleTime: () => 42 },
  shell: { openExternal: mocks.openExternal },
  safeStorage: {
    isEncryptionAvailable: () => mocks.encryption.value,
    encryptString: (s: string) => Buffer.from(`enc:${s}`),
    decryptString: (b: Buffer) => b.toString().replace(/^enc:/, ''),
  },
}));

const { bridgeHandlers } = await import('./bridge-handlers');

describe('bridge handlers', () => {
  it('reports OS idle time', async () => {
    expect(await bridgeHandlers.idleSeconds({})).toEqual({ ok: true, value: 42 });
  });

  it('opens a named site at its fixed address', async () => {
    expect((await bridgeHandlers.openExternal({ site: 'hotline12333' })).ok).toBe(true);
    expect(mocks.openExternal).toHaveBeenCalledWith('https://www.12333.gov.cn/');
  });

  it('saves where the person chose, and nothing when they cancel', async () => {
    mocks.save.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await bridgeHandlers.saveFile({ suggestedName: 'a.csv', content: 'x', encoding: 'utf8' })).toEqual({
      ok: true,
      value: { saved: false },
    });
    const target = join(dir, '名册.csv');
    mocks.save.mockResolvedValueOnce({ canceled: false, filePath: target });
    expect(
      await bridgeHandlers.saveFile({ suggestedName: '名册.csv', content: '5aeT5ZCN', encoding: 'base64' }),
    ).toEqual({ ok: true, value: { saved: true } });
    expect(readFileSync(target, 'utf8')).toBe('姓名');
  });

  it('prints the focused window to an A4 PDF where the person chose', async () => {
    expect(await bridgeHandlers.printToPdf({ suggestedName: '介绍信.pdf', landscape: false })).toMatchObject({
      ok: false,
      error: { code: 'print.noWindow' },
    });
    const printToPDF = vi.fn(async () => Buffer.from('%PDF-1.7 test'));
    mocks.window.value = { webContents: { printToPDF } };
    const target = join(dir, '介绍信.pdf');
    mocks.save.mockResolvedValueOnce({ canceled: false, filePath: target });
    expect(await bridgeHandlers.printToPdf({ suggestedName: '介绍信.pdf', landscape: false })).toEqual({
      ok: true,
      value: { via: 'pdf', saved: true },
    });
    expect(printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4', landscape: false }));
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 test');
    mocks.save.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await bridgeHandlers.printToPdf({ suggestedName: '介绍信.pdf', landscape: true })).toEqual({
      ok: true,
      value: { via: 'pdf', saved: false },
    });
    mocks.window.value = null;
  });

  it('keeps secrets encrypted at rest, and refuses when the OS cannot encrypt', async () => {
    expect(await bridgeHandlers.secretGet({ key: 'sync-token' })).toEqual({ ok: true, value: null });
    expect((await bridgeHandlers.secretSet({ key: 'sync-token', value: 's3cret' })).ok).toBe(true);
    expect(readFileSync(join(dir, 'secrets', 'sync-token.bin'), 'utf8')).toBe('enc:s3cret');
    expect(await bridgeHandlers.secretGet({ key: 'sync-token' })).toEqual({ ok: true, value: 's3cret' });
    mocks.encryption.value = false;
    expect(await bridgeHandlers.secretSet({ key: 'sync-token', value: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'secret.unavailable' },
    });
  });

  it('keeps backups in the data folder, copies them to the folder chosen, and reports what is due', async () => {
    expect(await bridgeHandlers.backupStatus({})).toMatchObject({
      ok: true,
      value: { automatic: true, folder: join(dir, 'backups'), copyFolder: null, due: true, keptDays: 7 },
    });
    const stick = mkdtempSync(join(tmpdir(), 'doorstep-usb-'));
    mocks.open.mockResolvedValueOnce({ canceled: false, filePaths: [stick] });
    expect(await bridgeHandlers.backupChooseCopyFolder({ clear: false })).toEqual({
      ok: true,
      value: { copyFolder: stick },
    });
    const saved = await bridgeHandlers.backupSave({ kind: 'auto', content: Buffer.from('sealed').toString('base64') });
    if (!saved.ok || !saved.value.path || !saved.value.copyPath) throw new Error('not saved');
    expect(readFileSync(saved.value.path, 'utf8')).toBe('sealed');
    expect(readFileSync(saved.value.copyPath, 'utf8')).toBe('sealed');
    expect(statSync(join(dir, 'backups')).mode & 0o777).toBe(0o700);
    expect(statSync(saved.value.path).mode & 0o777).toBe(0o600);
    expect(await bridgeHandlers.backupStatus({})).toMatchObject({ ok: true, value: { due: false, copyFolder: stick } });
    // cancelling the folder dialog keeps the folder; clearing forgets it
    mocks.open.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await bridgeHandlers.backupChooseCopyFolder({ clear: false })).toEqual({
      ok: true,
      value: { copyFolder: stick },
    });
    expect(await bridgeHandlers.backupChooseCopyFolder({ clear: true })).toEqual({
      ok: true,
      value: { copyFolder: null },
    });
  });
});
