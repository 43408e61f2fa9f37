import { appEnv } from '../db/commands/env';
import { getDb } from '../db/db';
import { getPlatform } from '../platform/platform';
import { loadPinyin } from '../registry/pinyin';
import { configuredTransport } from './account';
import { SyncController } from './controller';

let controller: SyncController | null = null;
let started = false;

/** The app's one sync controller (background sync for this PC). */
export function getSyncController(): SyncController {
  controller ??= new SyncController({
    db: getDb(),
    now: () => Date.now(),
    random: () => Math.random(),
    pinyin: loadPinyin,
    transport: () => configuredTransport(appEnv(), getPlatform()),
  });
  return controller;
}

export function startBackgroundSync(): void {
  if (started) return;
  started = true;
  void getSyncController().start();
}
