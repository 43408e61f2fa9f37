import Dexie from 'dexie';
import type { DoorstepDb, OutboxEntry } from './db';

/**
 * What waits in the outbox, counted from its indexes: the whole outbox and the audit entries in it are index
 * counts, and only the few changes the county refused or holds are read. Counting by reading every entry
 * instead would cost a read of each waiting change after every save (these counts are live queries), which
 * on a PC offline for weeks, or after an import of thousands, is seconds each time.
 */

/** The changes the county refused for good (marked with when). */
export const refusedEntries = (db: DoorstepDb): Promise<OutboxEntry[]> => db.outbox.orderBy('rejected.at').toArray();

/** The changes the county holds aside for a clock ahead. */
export const heldEntries = (db: DoorstepDb): Promise<OutboxEntry[]> => db.outbox.orderBy('held.at').toArray();

/** Entries the sync still sends: every one not refused, audit entries included. */
export function unsentCount(db: DoorstepDb): Promise<number> {
  return db.transaction('r', db.outbox, async () => {
    const [all, refused] = await Promise.all([db.outbox.count(), db.outbox.orderBy('rejected.at').count()]);
    return all - refused;
  });
}

/**
 * Changes to records waiting for the county: the rule of `isPendingChange` (pending-changes.ts), counted from
 * the indexes — every entry, less the audit entries, less the refused changes to records.
 */
export function pendingChangeCount(db: DoorstepDb): Promise<number> {
  return db.transaction('r', db.outbox, async () => {
    const [all, audit, refused] = await Promise.all([
      db.outbox.count(),
      db.outbox.where('[table+recordId]').between(['audit', Dexie.minKey], ['audit', Dexie.maxKey], true, true).count(),
      refusedEntries(db),
    ]);
    return all - audit - refused.filter((e) => e.table !== 'audit').length;
  });
}
