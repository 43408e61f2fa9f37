import { decodeHlc, DEVICE_CLOCK_LEAD_MS, encodeHlc, type Hlc } from './hlc';

/**
 * A station's clock kept near the county's. The PC's own clock may be wrong by years (a flat BIOS battery);
 * stamped with it, a change would win every later edit, and the county would hold it instead of storing it. So
 * the device clock never runs more than DEVICE_CLOCK_LEAD_MS past the county's time as last seen, and a clock
 * found ahead of that is set back with the waiting changes re-stamped. Pure: every clock is passed in.
 */

/** The county's time as seen in `/health`: how far it was from the PC's clock, and the PC's clock then. */
export interface CountySighting {
  readonly offsetMs: number;
  readonly localAt: number;
}

export const sightingAt = (serverTime: number, localNow: number): CountySighting => ({
  offsetMs: serverTime - localNow,
  localAt: localNow,
});

/**
 * The wall clock the device clock may use: the PC's, but never more than DEVICE_CLOCK_LEAD_MS past the county
 * time the sighting implies. A sighting the PC's clock has since gone back before (someone corrected the clock)
 * no longer says anything and is ignored; so is a PC clock behind the county's (it only slows the clock down).
 */
export function boundedWall(localNow: number, sighting: CountySighting | null): number {
  if (!sighting || localNow < sighting.localAt) return localNow;
  return Math.min(localNow, localNow + sighting.offsetMs + DEVICE_CLOCK_LEAD_MS);
}

/** The device clock runs further ahead of the county's time than it may. */
export const clockAhead = (clock: Hlc, serverTime: number): boolean => clock.ms > serverTime + DEVICE_CLOCK_LEAD_MS;

/** Something stamped with a clock (an outbox entry). */
export interface Stamped {
  readonly id: string;
  readonly hlc: string;
}

export interface Restamp {
  /** the device clock from now on */
  readonly clock: Hlc;
  /** the entries whose clock was too far ahead, with their new clock, in their old order */
  readonly changed: readonly { readonly id: string; readonly from: string; readonly to: string }[];
}

/**
 * Sets a device clock found ahead back to the county's time and gives the waiting entries stamped too far ahead
 * new clocks from there, in their old order and after every entry left as it was: the county stores them (it
 * holds nothing within MAX_CLOCK_DRIFT_MS of its time) and they win no edit made later elsewhere.
 */
export function restampAhead(clock: Hlc, entries: readonly Stamped[], serverTime: number): Restamp {
  const limit = encodeHlc({ ms: serverTime + DEVICE_CLOCK_LEAD_MS, counter: 99_999, node: clock.node });
  const sorted = [...entries].sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
  const lastKept = sorted.filter((e) => e.hlc <= limit).at(-1);
  const kept = lastKept ? decodeHlc(lastKept.hlc) : null;
  // Never behind an entry left as it was, never ahead of the county's time unless such an entry is.
  let next: Hlc = clockAhead(clock, serverTime) ? { ms: serverTime, counter: 0, node: clock.node } : clock;
  if (kept?.ok) next = later(next, { ...kept.value, node: clock.node });
  const changed = sorted
    .filter((e) => e.hlc > limit)
    .map((e) => {
      next = step(next);
      return { id: e.id, from: e.hlc, to: encodeHlc(next) };
    });
  return { clock: next, changed };
}

function step(h: Hlc): Hlc {
  return h.counter >= 99_999 ? { ms: h.ms + 1, counter: 0, node: h.node } : { ...h, counter: h.counter + 1 };
}

const later = (a: Hlc, b: Hlc): Hlc => (a.ms > b.ms || (a.ms === b.ms && a.counter >= b.counter) ? a : b);

/** A sighting as stored (JSON), or null when there is none or it does not read. */
export function parseSighting(stored: string | undefined): CountySighting | null {
  if (!stored) return null;
  try {
    const value: unknown = JSON.parse(stored);
    if (value === null || typeof value !== 'object') return null;
    const { offsetMs, localAt } = value as Record<string, unknown>;
    return typeof offsetMs === 'number' && typeof localAt === 'number' ? { offsetMs, localAt } : null;
  } catch {
    return null;
  }
}
