import Dexie, { type Table } from 'dexie';
import { BACKUP_KEEP_DAYS, backupFileName } from '#shared/backup/backup-files';
import { ipcContract, type DoorstepBridge } from '#shared/ipc/contract';
import { EXTERNAL_SITES } from '#shared/ipc/external-sites';
import { err, ok } from '#shared/result';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/** The browser has no OS keychain: secrets (the station token) live in this origin's IndexedDB, apart from the data. */
class SecretStore extends Dexie {
  declare secrets: Table<{ key: string; value: string }, string>;
  constructor() {
    super('doorstep-secrets');
    this.version(1).stores({ secrets: 'key' });
  }
}
let secretStore: SecretStore | null = null;
const secrets = () => (secretStore ??= new SecretStore()).secrets;

const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** Hands bytes to the browser's download, under a file name. */
function download(win: Window, name: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart]));
  const link = win.document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The browser edition's platform: what Electron's main process does on the desktop, done with web APIs.
 * Inputs are checked against the same contract as over IPC, so both editions refuse the same things.
 */
export function createBrowserPlatform(win: Window = window): DoorstepBridge {
  let lastActivity = Date.now();
  const touch = (): void => {
    lastActivity = Date.now();
  };
  for (const name of ACTIVITY_EVENTS) win.addEventListener(name, touch, { passive: true, capture: true });

  return {
    appInfo: async () =>
      ok({ version: import.meta.env.VITE_APP_VERSION ?? '0.0.0', platform: win.navigator.platform, shell: 'browser' }),

    idleSeconds: async () => ok(Math.max(0, Math.floor((Date.now() - lastActivity) / 1000))),

    openExternal: async (input) => {
      const parsed = ipcContract.openExternal.input.safeParse(input);
      if (!parsed.success) return err('ipc.invalid', parsed.error.message);
      win.open(EXTERNAL_SITES[parsed.data.site], '_blank', 'noopener,noreferrer');
      return ok(null);
    },

    saveFile: async (input) => {
      const parsed = ipcContract.saveFile.input.safeParse(input);
      if (!parsed.success) return err('ipc.invalid', parsed.error.message);
      const { suggestedName, content, encoding } = parsed.data;
      download(win, suggestedName, encoding === 'base64' ? fromBase64(content) : new TextEncoder().encode(content));
      return ok({ saved: true });
    },

    // A page cannot write files of its own: a backup is downloaded, and there are no automatic ones.
    backupSave: async (input) => {
      const parsed = ipcContract.backupSave.input.safeParse(input);
      if (!parsed.success) return err('ipc.invalid', parsed.error.message);
      download(win, backupFileName(parsed.data.kind, Date.now()), fromBase64(parsed.data.content));
      return ok({ saved: true, path: null, copyPath: null, copyFailed: false });
    },

    backupStatus: async () =>
      ok({
        automatic: false,
        folder: null,
        copyFolder: null,
        lastAutomatic: null,
        due: false,
        keptDays: BACKUP_KEEP_DAYS,
      }),

    backupChooseCopyFolder: async () => ok({ copyFolder: null }),

    printToPdf: async (input) => {
      const parsed = ipcContract.printToPdf.input.safeParse(input);
      if (!parsed.success) return err('ipc.invalid', parsed.error.message);
      // The browser's own dialog offers "Save as PDF"; the page's print styles decide what is on paper.
      win.print();
      return ok({ via: 'dialog', saved: false });
    },

    secretGet: async (input) => {
      const parsed = ipcContract.secretGet.input.safeParse(input);
      if (!parsed.success) return err('ipc.invalid', parsed.error.message);
      return ok((await secrets().get(parsed.data.key))?.value ?? null);
    },

    secretSet: async (input) => {
      const parsed = ipcContract.secretSet.input.safeParse(input);
      if (!parsed.success) return err('ipc.invalid', parsed.error.message);
      await secrets().put({ key: parsed.data.key, value: parsed.data.value });
      return ok(null);
    },
  };
}
