import type { DuplicateNotice } from '#shared/sync/wire';
import type { DoorstepDb } from '../db';
import { SYNC_META } from '../sync-meta';

/**
 * Records the county database's epoch. After a restore from an older backup the county has a new epoch and may
 * lack changes it had said it stored: everything this PC still holds goes back into the outbox, and the pull
 * starts again from 0. True when the epoch changed from a known one.
 */
export async function adoptServerEpoch(db: DoorstepDb, epoch: string): Promise<boolean> {
  return db.transaction('rw', db.meta, db.outbox, db.sent, async () => {
    const known = (await db.meta.get(SYNC_META.epoch))?.value;
    if (known === epoch) return false;
    if (known) {
      const sent = await db.sent.toArray();
      await db.outbox.bulkPut(sent.map(({ sentAt: _s, ...m }) => m));
      await db.sent.clear();
      await db.meta.put({ key: SYNC_META.cursor, value: '0' });
    }
    await db.meta.put({ key: SYNC_META.epoch, value: epoch });
    return Boolean(known);
  });
}

/** A restored PC has pulled once with its own device's changes: from now on the county leaves them out again. */
export async function finishOwnPull(db: DoorstepDb): Promise<void> {
  await db.meta.delete(SYNC_META.pullOwn);
}

/** Records when a sync last finished without a problem. */
export async function recordSyncSuccess(db: DoorstepDb, at: number): Promise<void> {
  await db.meta.put({ key: SYNC_META.lastSuccess, value: String(at) });
}

/** Keeps what the county last told this station (each pull answer carries the whole list). */
export async function keepNotices(db: DoorstepDb, notices: readonly DuplicateNotice[]): Promise<void> {
  await db.meta.put({ key: SYNC_META.notices, value: JSON.stringify(notices) });
}
