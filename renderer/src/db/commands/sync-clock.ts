import { clockAhead, restampAhead, sightingAt } from '#shared/sync/clock-bound';
import { decodeHlc, encodeHlc } from '#shared/sync/hlc';
import type { Stamp } from '#shared/sync/merge';
import { isSyncTable } from '#shared/sync/tables';
import type { DoorstepDb } from '../db';
import { SYNC_META } from '../sync-meta';
import { RECORD_TABLES } from '../tables';
import { META } from '../meta-keys';
import type { ClockCorrection } from '../clock-correction';

/**
 * What a `/health` answer tells about time, in ONE transaction: the county's time is noted (the device clock
 * keeps near it from now on), and a device clock found more than a minute past it is set back, every waiting
 * change stamped past that bound is given a new clock from there (in its old order), and each record field that
 * carries such a change's stamp carries the new one, so this PC merges exactly as the county will. Returns the
 * correction made, or null when the clock was fine.
 */
export async function noteCountyClock(
  db: DoorstepDb,
  serverTime: number,
  localNow: number,
): Promise<ClockCorrection | null> {
  const records: string[] = Object.keys(RECORD_TABLES).filter(isSyncTable);
  return db.transaction('rw', [db.meta, db.outbox, ...records.map((t) => db.table(t))], async () => {
    await db.meta.put({ key: SYNC_META.countyClock, value: JSON.stringify(sightingAt(serverTime, localNow)) });
    const stored = decodeHlc((await db.meta.get(META.clock))?.value ?? '');
    if (!stored.ok || !clockAhead(stored.value, serverTime)) return null;
    const waiting = await db.outbox.filter((e) => !e.rejected).toArray();
    const { clock, changed } = restampAhead(stored.value, waiting, serverTime);
    const byId = new Map(waiting.map((e) => [e.id, e]));
    for (const { id, to } of changed) {
      await db.outbox.update(id, { hlc: to, held: undefined });
      const entry = byId.get(id);
      if (!entry || !records.includes(entry.table)) continue;
      const store = db.table<Record<string, unknown>, string>(entry.table);
      const row = await store.get(entry.recordId);
      const stamps = row?._stamps as Record<string, Stamp> | undefined;
      if (!row || !stamps) continue;
      const moved = Object.fromEntries(
        Object.entries(stamps).map(([field, s]) => [field, s.mutationId === id ? { ...s, hlc: to } : s]),
      );
      await store.put({ ...row, _stamps: moved });
    }
    await db.meta.put({ key: META.clock, value: encodeHlc(clock) });
    const correction: ClockCorrection = {
      at: localNow,
      aheadMs: stored.value.ms - serverTime,
      restamped: changed.length,
    };
    await db.meta.put({ key: SYNC_META.clockCorrection, value: JSON.stringify(correction) });
    return correction;
  });
}
