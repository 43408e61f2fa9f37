import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { ipcContract } from '#shared/ipc/contract';
import { ok } from '#shared/result';
import { APP_ORIGIN } from './app-protocol';
import { registerIpc, type BridgeHandlers } from './ipc';

type Handler = (event: IpcMainInvokeEvent, raw: unknown) => Promise<unknown>;

function setup() {
  const registered = new Map<string, Handler>();
  const ipcMain = { handle: (channel: string, fn: Handler) => registered.set(channel, fn) };
  const handlers = {
    appInfo: vi.fn(async () => ok({ version: '1', platform: 'linux', shell: 'electron' as const })),
    idleSeconds: vi.fn(async () => ok(3)),
    openExternal: vi.fn(async () => ok(null)),
    saveFile: vi.fn(async () => ok({ saved: true })),
    printToPdf: vi.fn(async () => ok({ via: 'pdf' as const, saved: true })),
    secretGet: vi.fn(async () => ok(null)),
    secretSet: vi.fn(async () => {
      throw new Error('disk full');
    }),
    backupSave: vi.fn(async () => ok({ saved: true, path: '/b.dsbk', copyPath: null, copyFailed: false })),
    backupStatus: vi.fn(async () =>
      ok({ automatic: true, folder: '/b', copyFolder: null, lastAutomatic: null, due: true, keptDays: 7 }),
    ),
    backupChooseCopyFolder: vi.fn(async () => ok({ copyFolder: null })),
  } satisfies BridgeHandlers;
  registerIpc(ipcMain, handlers, APP_ORIGIN);
  const call = (channel: string, raw: unknown, url = `${APP_ORIGIN}/index.html`) =>
    registered.get(channel)?.({ senderFrame: { url } } as unknown as IpcMainInvokeEvent, raw);
  return { registered, handlers, call };
}

describe('IPC in main', () => {
  it('registers exactly the contract channels', () => {
    const { registered } = setup();
    expect([...registered.keys()].sort()).toEqual(
      Object.values(ipcContract)
        .map((c) => c.channel)
        .sort(),
    );
  });

  it('passes valid input through to the handler', async () => {
    const { handlers, call } = setup();
    expect(await call(ipcContract.idleSeconds.channel, {})).toEqual({ ok: true, value: 3 });
    await call(ipcContract.saveFile.channel, { suggestedName: 'a.csv', content: 'x', encoding: 'utf8' });
    expect(handlers.saveFile).toHaveBeenCalledWith({ suggestedName: 'a.csv', content: 'x', encoding: 'utf8' });
  });

  it.each([
    ['saveFile', { suggestedName: '../../evil.sh', content: 'x', encoding: 'utf8' }],
    ['saveFile', { suggestedName: 'a.csv', content: 42, encoding: 'utf8' }],
    ['saveFile', { suggestedName: 'a.csv', content: 'x', encoding: 'latin1' }],
    ['saveFile', null],
    ['printToPdf', { suggestedName: '介绍信.exe', landscape: false }],
    ['printToPdf', { suggestedName: '介绍信.pdf' }],
    ['openExternal', { url: 'https://evil.example/' }],
    ['openExternal', { site: 'https://www.12333.gov.cn/' }],
    ['openExternal', { site: 'hotline12333', extra: true }],
    ['secretGet', { key: '../token' }],
    ['secretSet', { key: 'token', value: 'x'.repeat(10_000) }],
    ['appInfo', 'hello'],
    ['backupSave', { kind: 'daily', content: 'AAAA' }],
    ['backupSave', { kind: 'auto', content: '../../etc/passwd' }],
    ['backupSave', { kind: 'auto', content: 'AAAA', path: '/etc/cron.d/x' }],
    ['backupChooseCopyFolder', { clear: false, folder: '/tmp' }],
  ] as const)('rejects bad input to %s without reaching the handler', async (method, raw) => {
    const { handlers, call } = setup();
    const answer = await call(ipcContract[method].channel, raw);
    expect(answer).toMatchObject({ ok: false, error: { code: 'ipc.invalid' } });
    expect(handlers[method]).not.toHaveBeenCalled();
  });

  it('refuses calls from a frame that is not the app', async () => {
    const { handlers, call } = setup();
    expect(await call(ipcContract.appInfo.channel, {}, 'https://evil.example/')).toMatchObject({
      ok: false,
      error: { code: 'ipc.sender' },
    });
    expect(handlers.appInfo).not.toHaveBeenCalled();
  });

  it('answers a failing handler with an error value, never a throw', async () => {
    const { call } = setup();
    expect(await call(ipcContract.secretSet.channel, { key: 'token', value: 'v' })).toMatchObject({
      ok: false,
      error: { code: 'ipc.failed', message: 'disk full' },
    });
  });
});
