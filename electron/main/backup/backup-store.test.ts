import { describe, expect, it } from 'vitest';
import { backupStore } from './backup-store';
import { dirname } from 'node:path';
import type { BackupFs } from './backup-store';

/** An in-memory BackupFs for tests: files by path, folders made on demand, failures injectable by folder. */
function memoryFs(options: { failIn?: Set<string> } = {}) {
  const files = new Map<string, Uint8Array>();
  const folders = new Set<string>();
  const refuse = (path: string) => {
    if (options.failIn?.has(dirname(path))) throw new Error(`EIO: ${path}`);
  };
  const fs: BackupFs = {
    mkdir: async (path) => {
      folders.add(path);
    },
    readdir: async (path) => {
      if (!folders.has(path)) throw new Error(`ENOENT: ${path}`);
      return [...files.keys()].filter((f) => dirname(f) === path).map((f) => f.slice(path.length + 1));
    },
    readFile: async (path) => files.get(path) ?? Promise.reject(new Error(`ENOENT: ${path}`)),
    writeFile: async (path, data) => {
      refuse(path);
      folders.add(dirname(path));
      files.set(path, typeof data === 'string' ? new TextEncoder().encode(data) : data);
    },
    rename: async (from, to) => {
      const data = files.get(from) ?? Promise.reject(new Error(`ENOENT: ${from}`));
      files.delete(from);
      files.set(to, await data);
    },
    unlink: async (path) => {
      files.delete(path);
    },
  };
  return { fs, files, folders };
}

const DAY = 86_400_000;
// 2026-12-01 09:00 in China
const START = Date.UTC(2026, 11, 1, 1);

function store(failIn?: Set<string>) {
  const clock = { now: START };
  const memory = memoryFs({ failIn });
  return { clock, ...memory, store: backupStore({ fs: memory.fs, now: () => clock.now, dataDir: '/data' }) };
}

const bytes = (text: string) => new TextEncoder().encode(text);
const names = (files: Map<string, Uint8Array>, dir: string) =>
  [...files.keys()]
    .filter((f) => f.startsWith(`${dir}/`))
    .map((f) => f.slice(dir.length + 1))
    .sort();

describe('the desktop backup store', () => {
  it('makes one automatic backup a day and keeps seven days of them, in the data folder', async () => {
    const t = store();
    expect(await t.store.status()).toMatchObject({ due: true, lastAutomatic: null, folder: '/data/backups' });
    for (let day = 0; day < 10; day += 1) {
      t.clock.now = START + day * DAY;
      expect((await t.store.status()).due).toBe(true);
      const saved = await t.store.save('auto', bytes(`day ${day}`));
      expect(saved).toMatchObject({ saved: true, copyPath: null, copyFailed: false });
      expect((await t.store.status()).due).toBe(false);
      t.clock.now += 3 * 3_600_000;
      expect((await t.store.status()).due).toBe(false);
    }
    expect(names(t.files, '/data/backups')).toEqual([
      'doorstep-auto-2026-12-04-090000.dsbk',
      'doorstep-auto-2026-12-05-090000.dsbk',
      'doorstep-auto-2026-12-06-090000.dsbk',
      'doorstep-auto-2026-12-07-090000.dsbk',
      'doorstep-auto-2026-12-08-090000.dsbk',
      'doorstep-auto-2026-12-09-090000.dsbk',
      'doorstep-auto-2026-12-10-090000.dsbk',
    ]);
    expect(new TextDecoder().decode(t.files.get('/data/backups/doorstep-auto-2026-12-10-090000.dsbk'))).toBe('day 9');
    expect(t.folders.has('/data/backups')).toBe(true);
  });

  it('after weeks switched off, still keeps the newest backup until a new one is written', async () => {
    const t = store();
    await t.store.save('auto', bytes('old'));
    await t.store.save('manual', bytes('old manual'));
    t.clock.now = START + 30 * DAY;
    expect((await t.store.status()).due).toBe(true);
    await t.store.save('manual', bytes('new manual'));
    expect(names(t.files, '/data/backups')).toEqual([
      'doorstep-auto-2026-12-01-090000.dsbk',
      'doorstep-manual-2026-12-31-090000.dsbk',
    ]);
  });

  it('copies each backup to the chosen folder and prunes the copies there too, leaving other files alone', async () => {
    const t = store();
    await t.store.setCopyFolder('/media/usb');
    expect((await t.store.status()).copyFolder).toBe('/media/usb');
    await t.fs.writeFile('/media/usb/照片.jpg', bytes('photo'), { mode: 0o600 });
    for (let day = 0; day < 9; day += 1) {
      t.clock.now = START + day * DAY;
      const saved = await t.store.save('auto', bytes(`day ${day}`));
      expect(saved.copyPath).toBe(`/media/usb/${saved.path!.split('/').at(-1)}`);
    }
    expect(names(t.files, '/media/usb')).toHaveLength(8);
    expect(names(t.files, '/media/usb')).toContain('照片.jpg');
    await t.store.setCopyFolder(null);
    expect((await t.store.status()).copyFolder).toBeNull();
  });

  it('still keeps the backup in the data folder when the stick is gone, and says the copy failed', async () => {
    const t = store(new Set(['/media/usb']));
    await t.store.setCopyFolder('/media/usb');
    const saved = await t.store.save('auto', bytes('x'));
    expect(saved).toMatchObject({ saved: true, copyPath: null, copyFailed: true });
    expect(names(t.files, '/data/backups')).toEqual(['doorstep-auto-2026-12-01-090000.dsbk']);
  });
});
