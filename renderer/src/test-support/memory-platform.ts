import type { BackupSaved, BackupStatus, DoorstepBridge } from '#shared/ipc/contract';
import { ok } from '#shared/result';

/**
 * The backup methods of a bridge that keeps what it is given in `saved` and reports the desktop's backup status
 * as `status` says (by default: no automatic backups).
 */
export function backupBridgeStub(
  saved: Uint8Array[] = [],
  status?: Partial<BackupStatus>,
): Pick<DoorstepBridge, 'backupSave' | 'backupStatus' | 'backupChooseCopyFolder'> {
  return {
    backupSave: async ({ content }) => {
      saved.push(Uint8Array.from(atob(content), (c) => c.charCodeAt(0)));
      return ok<BackupSaved>({ saved: true, path: null, copyPath: null, copyFailed: false });
    },
    backupStatus: async () =>
      ok<BackupStatus>({
        automatic: false,
        folder: null,
        copyFolder: null,
        lastAutomatic: null,
        due: false,
        keptDays: 7,
        ...status,
      }),
    backupChooseCopyFolder: async () => ok({ copyFolder: null }),
  };
}

/** A whole bridge in memory: secrets in a map, backups kept in `saved`, the desktop's status set by the test. */
export function memoryBridge(status?: Partial<BackupStatus>) {
  const secrets = new Map<string, string>();
  const saved: Uint8Array[] = [];
  const unused = async () => ok(null);
  const bridge: DoorstepBridge = {
    appInfo: async () => ok({ version: 'test', platform: 'node', shell: 'browser' as const }),
    idleSeconds: async () => ok(0),
    openExternal: unused,
    saveFile: async () => ok({ saved: true }),
    printToPdf: async () => ok({ via: 'pdf' as const, saved: true }),
    secretGet: async ({ key }) => ok(secrets.get(key) ?? null),
    secretSet: async ({ key, value }) => {
      secrets.set(key, value);
      return ok(null);
    },
    ...backupBridgeStub(saved, status),
  };
  return { bridge, secrets, saved };
}
