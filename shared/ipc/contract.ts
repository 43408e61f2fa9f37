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
}

export type BridgeInput<K extends BridgeMethod> = z.input<(typeof ipcContract)[K]['input']>;

/** What the preload exposes as `window.doorstep`, and what the platform adapters implement. */
export type DoorstepBridge = {
  readonly [K in BridgeMethod]: (input: BridgeInput<K>) => Promise<Result<BridgeOutputs[K]>>;
};

export const BRIDGE_METHODS = Object.keys(ipcContract) as BridgeMethod[];
