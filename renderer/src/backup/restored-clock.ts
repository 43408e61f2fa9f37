import { decodeHlc, encodeHlc, type Hlc } from '#shared/sync/hlc';

/**
 * The device clock after a restore: the latest of every clock value it may have to follow — the backup's saved
 * clock, the newest change in its outbox and sent lists, and the clock this PC had before — under the restored
 * device's node id. Never behind anything the station has stamped, so later changes sort after all of them.
 */
export function restoredClock(candidates: readonly (string | null | undefined)[], node: string): string {
  let latest: Hlc = { ms: 0, counter: 0, node };
  for (const value of candidates) {
    if (!value) continue;
    const decoded = decodeHlc(value);
    if (!decoded.ok) continue;
    const { ms, counter } = decoded.value;
    if (ms > latest.ms || (ms === latest.ms && counter > latest.counter)) latest = { ms, counter, node };
  }
  return encodeHlc(latest);
}
