import { err, ok, type Result } from '../result';

/**
 * Hybrid logical clock (Kulkarni et al., 2014). Values are encoded as fixed-width strings so that plain
 * string comparison orders them: `<15-digit ms>:<5-digit counter>:<node id>`.
 * Pure: the wall clock is always passed in.
 */
export interface Hlc {
  readonly ms: number;
  readonly counter: number;
  readonly node: string;
}

const MS_WIDTH = 15;
const COUNTER_WIDTH = 5;
const COUNTER_MAX = 10 ** COUNTER_WIDTH - 1;
const NODE_PATTERN = /^[0-9a-zA-Z_-]{1,64}$/;
const HLC_PATTERN = /^(\d{15}):(\d{5}):([0-9a-zA-Z_-]{1,64})$/;

/**
 * A clock further ahead of the county's time than this is not trusted: the county holds such a change instead of
 * applying it, and a station does not let its own clock follow it. The same five minutes as the clock warning a
 * station shows.
 */
export const MAX_CLOCK_DRIFT_MS = 5 * 60_000;

/**
 * How far past the county's time (as last seen in its `/health`) a station's own clock may run. Smaller than
 * MAX_CLOCK_DRIFT_MS, so that a change stamped at the bound still arrives within what the county applies.
 */
export const DEVICE_CLOCK_LEAD_MS = 60_000;

export function zeroHlc(node: string): Hlc {
  if (!NODE_PATTERN.test(node)) throw new Error(`Invalid HLC node id: ${node}`);
  return { ms: 0, counter: 0, node };
}

export function encodeHlc(h: Hlc): string {
  return `${String(h.ms).padStart(MS_WIDTH, '0')}:${String(h.counter).padStart(COUNTER_WIDTH, '0')}:${h.node}`;
}

export function decodeHlc(value: string): Result<Hlc> {
  const m = HLC_PATTERN.exec(value);
  if (!m) return err('hlc.format', `Not an HLC value: ${value}`);
  return ok({ ms: Number(m[1]), counter: Number(m[2]), node: m[3] ?? '' });
}

export const isHlc = (value: string): boolean => HLC_PATTERN.test(value);

/** Orders two encoded values; equivalent to comparing (ms, counter, node). */
export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function next(ms: number, counter: number, node: string): Hlc {
  // A counter overflow borrows the next millisecond: order and monotonicity are preserved.
  return counter > COUNTER_MAX ? { ms: ms + 1, counter: 0, node } : { ms, counter, node };
}

/** A local event (a write): strictly greater than `prev`, and never behind the wall clock. */
export function tick(prev: Hlc, wallMs: number): Hlc {
  const wall = Math.max(0, Math.floor(wallMs));
  if (wall > prev.ms) return { ms: wall, counter: 0, node: prev.node };
  return next(prev.ms, prev.counter + 1, prev.node);
}

/**
 * Merges a clock seen from elsewhere: the result is greater than both `local` and `remote`.
 * A remote clock more than `maxDriftMs` ahead of our wall clock is refused (quarantine).
 */
export function receive(local: Hlc, remote: Hlc, wallMs: number, maxDriftMs = MAX_CLOCK_DRIFT_MS): Result<Hlc> {
  const wall = Math.max(0, Math.floor(wallMs));
  if (remote.ms - wall > maxDriftMs) {
    return err('hlc.drift', `Remote clock is ${remote.ms - wall} ms ahead`, { aheadMs: remote.ms - wall });
  }
  const ms = Math.max(local.ms, remote.ms, wall);
  if (ms === local.ms && ms === remote.ms) {
    return ok(next(ms, Math.max(local.counter, remote.counter) + 1, local.node));
  }
  if (ms === local.ms) return ok(next(ms, local.counter + 1, local.node));
  if (ms === remote.ms) return ok(next(ms, remote.counter + 1, local.node));
  return ok({ ms, counter: 0, node: local.node });
}
