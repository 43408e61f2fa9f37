import { appEnv } from '../db/commands/env';
import { getDb } from '../db/db';
import { getPlatform } from '../platform/platform';
import { loadPinyin } from '../registry/pinyin';
import { configuredTransport } from './account';
import { SyncController } from './controller';
import { newLinkMeter, type LinkMeter } from './timed-exchange';

let controller: SyncController | null = null;
/** The link to each county server as measured while the app runs: each sync run's transport starts from it. */
const links = new Map<string, LinkMeter>();
const linkFor = (server: string): LinkMeter => {
  const known = links.get(server) ?? newLinkMeter();
  links.set(server, known);
  return known;
};
let started = false;

/** The app's one sync controller (background sync for this PC). */
export function getSyncController(): SyncController {
  controller ??= new SyncController({
    db: getDb(),
    now: () => Date.now(),
    random: () => Math.random(),
    pinyin: loadPinyin,
    transport: () => configuredTransport(appEnv(), getPlatform(), undefined, linkFor),
  });
  return controller;
}

export function startBackgroundSync(): void {
  if (started) return;
  started = true;
  void getSyncController().start();
}
