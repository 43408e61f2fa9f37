import type { DoorstepBridge } from '#shared/ipc/contract';
import { createBrowserPlatform } from './browser-platform';

declare global {
  interface Window {
    /** Present only inside the desktop app: exposed by electron/preload. */
    readonly doorstep?: DoorstepBridge;
  }
}

let platform: DoorstepBridge | null = null;

/** The one way the renderer reaches the machine: the Electron bridge when there is one, else web APIs. */
export function getPlatform(): DoorstepBridge {
  platform ??= window.doorstep ?? createBrowserPlatform();
  return platform;
}
