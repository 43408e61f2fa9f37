import { ServiceError } from '../service-error';
import { countHeld, type HeldMutation } from '../repositories/quarantine';
import type { Sql } from '../store/sql';

/**
 * How much one station may park in the hold: a change whose clock is further ahead than `maxAheadMs` is not
 * parked at all, and no station holds more than `maxPerStation` changes at once. Beyond either, the whole push is
 * refused (422) with a message that says to correct the PC's clock: a station running this app re-stamps its
 * changes to the county's time before it pushes, so only a wrong clock on an old app, or a hostile caller, gets
 * here.
 */
export interface HoldLimits {
  readonly maxAheadMs: number;
  readonly maxPerStation: number;
}

export const HOLD_LIMITS: HoldLimits = { maxAheadMs: 30 * 24 * 60 * 60_000, maxPerStation: 5_000 };

/** `held`: every change a batch parks; `added`: those among them not held before (re-stamped ones replace theirs). */
export async function checkHoldLimits(
  sql: Sql,
  held: readonly HeldMutation[],
  added: readonly HeldMutation[],
  now: number,
  limits: HoldLimits = HOLD_LIMITS,
): Promise<void> {
  if (held.length === 0) return;
  const furthest = Math.max(...held.map((h) => h.wallMs));
  if (furthest - now > limits.maxAheadMs)
    throw new ServiceError(
      422,
      'clock.tooFarAhead',
      `A change's clock is ${Math.round((furthest - now) / 86_400_000)} days ahead of the county's: correct the PC's date and time`,
      `有改动的时间比县服务器快 ${Math.round((furthest - now) / 86_400_000)} 天，县里不接收。请先把这台电脑的日期和时间改对，再同步`,
    );
  const byStation = new Map<string, number>();
  for (const h of added) byStation.set(h.stationId, (byStation.get(h.stationId) ?? 0) + 1);
  for (const [stationId, adding] of byStation) {
    const parked = await countHeld(sql, stationId);
    if (parked + adding > limits.maxPerStation)
      throw new ServiceError(
        422,
        'held.full',
        `The county already holds ${parked} changes of this station for a clock ahead (at most ${limits.maxPerStation})`,
        `县里已为本站暂存 ${parked} 条时间超前的改动（最多 ${limits.maxPerStation} 条），不再接收。请先把这台电脑的日期和时间改对，并请县管理员处理暂存的改动`,
      );
  }
}
