import { join } from 'node:path';
import type { BackupSaved, BackupStatus } from '#shared/ipc/contract';
import {
  automaticDue,
  BACKUP_KEEP_DAYS,
  backupFileName,
  expiredBackups,
  lastAutomatic,
  type BackupKind,
} from '#shared/backup/backup-files';

/** The file operations the backup store needs (node:fs/promises on the desktop, a map in tests). */
export interface BackupFs {
  mkdir(path: string, options: { recursive: true; mode: number }): Promise<unknown>;
  readdir(path: string): Promise<string[]>;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array | string, options: { mode: number }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export interface BackupStoreDeps {
  readonly fs: BackupFs;
  readonly now: () => number;
  /** The app's data folder (Electron's userData). */
  readonly dataDir: string;
}

/**
 * Station backups on the desktop: `<data>/backups/` (only this user may read it), kept BACKUP_KEEP_DAYS days, and a
 * copy in a folder the administrator chose (a USB stick), pruned by the same rule. A file is written under a
 * temporary name and renamed, so a crash never leaves half a backup under a backup's name.
 */
export function backupStore({ fs, now, dataDir }: BackupStoreDeps) {
  const folder = join(dataDir, 'backups');
  const settingsPath = join(dataDir, 'backup-settings.json');

  const listing = async (dir: string): Promise<string[]> => {
    try {
      return await fs.readdir(dir);
    } catch {
      return [];
    }
  };

  const copyFolder = async (): Promise<string | null> => {
    try {
      const parsed: unknown = JSON.parse(new TextDecoder().decode(await fs.readFile(settingsPath)));
      const value = (parsed as { copyFolder?: unknown } | null)?.copyFolder;
      return typeof value === 'string' && value.length > 0 ? value : null;
    } catch {
      return null;
    }
  };

  const writeInto = async (dir: string, name: string, bytes: Uint8Array): Promise<string> => {
    const path = join(dir, name);
    await fs.writeFile(`${path}.part`, bytes, { mode: 0o600 });
    await fs.rename(`${path}.part`, path);
    const at = now();
    for (const old of expiredBackups(await listing(dir), at)) await fs.unlink(join(dir, old));
    return path;
  };

  return {
    folder,

    async save(kind: BackupKind, bytes: Uint8Array): Promise<BackupSaved> {
      await fs.mkdir(folder, { recursive: true, mode: 0o700 });
      const name = backupFileName(kind, now());
      const path = await writeInto(folder, name, bytes);
      const copyTo = await copyFolder();
      if (!copyTo) return { saved: true, path, copyPath: null, copyFailed: false };
      try {
        return { saved: true, path, copyPath: await writeInto(copyTo, name, bytes), copyFailed: false };
      } catch {
        return { saved: true, path, copyPath: null, copyFailed: true };
      }
    },

    async status(): Promise<BackupStatus> {
      const names = await listing(folder);
      return {
        automatic: true,
        folder,
        copyFolder: await copyFolder(),
        lastAutomatic: lastAutomatic(names),
        due: automaticDue(names, now()),
        keptDays: BACKUP_KEEP_DAYS,
      };
    },

    async setCopyFolder(path: string | null): Promise<string | null> {
      await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
      await fs.writeFile(settingsPath, JSON.stringify({ copyFolder: path }), { mode: 0o600 });
      return path;
    },
  };
}

export type BackupStore = ReturnType<typeof backupStore>;
