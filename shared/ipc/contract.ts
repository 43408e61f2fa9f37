import { z } from 'zod';
import type { Result } from '../result';
import { IPC_CHANNELS } from './channels';
import { EXTERNAL_SITE_IDS } from './external-sites';

/**
 * The one contract between the renderer and the Electron main process. Main validates every input with
 * these schemas; the preload exposes exactly these functions as `window.doorstep`; every answer is a
 * Result value, never a thrown error.
 */
const empty = z.object({}).strict();

/** A file name only: no folders, no reserved Windows characters. */
const fileName = z
  .string()
  .min(1)
  .max(120)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name may not hold
  .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/)
  .refine((n) => n !== '.' && n !== '..');

const secretKey = z.string().regex(/^[a-z0-9._-]{1,64}$/);

export const ipcContract = {
  appInfo: { channel: IPC_CHANNELS.appInfo, input: empty },
  idleSeconds: { channel: IPC_CHANNELS.idleSeconds, input: empty },
  openExternal: { channel: IPC_CHANNELS.openExternal, input: z.object({ site: z.enum(EXTERNAL_SITE_IDS) }).strict() },
  saveFile: {
    channel: IPC_CHANNELS.saveFile,
    input: z
      .object({
        suggestedName: fileName,
        content: z.string().max(64 * 1024 * 1024),
        encoding: z.enum(['utf8', 'base64']),
      })
      .strict(),
  },
  /** Prints the page as shown (print styles applied) to an A4 PDF the person saves; the browser edition opens its print dialog. */
  printToPdf: {
    channel: IPC_CHANNELS.printToPdf,
    input: z
      .object({ suggestedName: fileName.refine((n) => n.toLowerCase().endsWith('.pdf')), landscape: z.boolean() })
      .strict(),
  },
  secretGet: { channel: IPC_CHANNELS.secretGet, input: z.object({ key: secretKey }).strict() },
  secretSet: {
    channel: IPC_CHANNELS.secretSet,
    input: z.object({ key: secretKey, value: z.string().max(8192) }).strict(),
  },
  /**
   * Keeps a sealed station backup (base64). The desktop writes it to the backups folder in its data folder (and a
   * copy to the chosen folder, when one is set) and prunes what is older than the days kept; the browser edition
   * downloads it.
   */
  backupSave: {
    channel: IPC_CHANNELS.backupSave,
    input: z
      .object({
        kind: z.enum(['manual', 'auto']),
        content: z
          .string()
          .max(128 * 1024 * 1024)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/),
      })
      .strict(),
  },
  /** Where backups go and whether the day's automatic one is due (the desktop only makes automatic ones). */
  backupStatus: { channel: IPC_CHANNELS.backupStatus, input: empty },
  /** Asks for a folder (a USB stick) to copy each backup to; `clear` forgets the one chosen. */
  backupChooseCopyFolder: {
    channel: IPC_CHANNELS.backupChooseCopyFolder,
    input: z.object({ clear: z.boolean() }).strict(),
  },
} as const;

export type BridgeMethod = keyof typeof ipcContract;

export interface AppInfo {
  readonly version: string;
  readonly platform: string;
  readonly shell: 'electron' | 'browser';
}

export interface BridgeOutputs {
  appInfo: AppInfo;
  idleSeconds: number;
  openExternal: null;
  saveFile: { readonly saved: boolean };
  /** `pdf`: saved (or not) as a PDF file; `dialog`: the system print dialog was opened. */
  printToPdf: { readonly via: 'pdf' | 'dialog'; readonly saved: boolean };
  secretGet: string | null;
  secretSet: null;
  backupSave: BackupSaved;
  backupStatus: BackupStatus;
  backupChooseCopyFolder: { readonly copyFolder: string | null };
}

/** Where a backup went: its path on the desktop (null when downloaded), and its copy when a folder is set. */
export interface BackupSaved {
  readonly saved: boolean;
  readonly path: string | null;
  readonly copyPath: string | null;
  /** A copy folder is set but the copy could not be written there (a USB stick taken out). */
  readonly copyFailed: boolean;
}

export interface BackupStatus {
  /** Whether this edition makes automatic backups (the desktop does; the browser edition cannot write files). */
  readonly automatic: boolean;
  readonly folder: string | null;
  readonly copyFolder: string | null;
  /** When the newest automatic backup was made, and whether today's is still to do. */
  readonly lastAutomatic: number | null;
  readonly due: boolean;
  readonly keptDays: number;
}

export type BridgeInput<K extends BridgeMethod> = z.input<(typeof ipcContract)[K]['input']>;

/** What the preload exposes as `window.doorstep`, and what the platform adapters implement. */
export type DoorstepBridge = {
  readonly [K in BridgeMethod]: (input: BridgeInput<K>) => Promise<Result<BridgeOutputs[K]>>;
};

export const BRIDGE_METHODS = Object.keys(ipcContract) as BridgeMethod[];
