/**
 * How long to wait for the county, from the link as measured. A request's time is about a round trip plus its
 * bytes at the link's rate (plus the server's work); each finished request is a sample of that. The round
 * trip comes from small requests (a health check is nearly all round trip), the rate from the others (their
 * time less the round trip). A request is given a small multiple of the time it should take, within a floor
 * and a ceiling, so a link that stalls — accepts a request and goes silent — is given up on in seconds on a
 * fast link and in proportion on a slow one, instead of a fixed half minute. Until a sample says otherwise the
 * link is assumed slow (ASSUMED). Requests that time out in a row make the estimate slower (`afterTimeout`): if
 * the link really did slow down, a later attempt has longer, and long enough after a few. Pure.
 */
export interface LinkEstimate {
  /** bytes a second, smoothed; null until a request large enough to say */
  readonly bytesPerSecond: number | null;
  /** ms, smoothed; null until a small request finished */
  readonly roundTripMs: number | null;
  /** requests given up on since the last one that finished (none when not given) */
  readonly timeoutsInRow?: number;
}

export interface LinkSample {
  /** bytes both ways, headers included */
  readonly bytes: number;
  readonly elapsedMs: number;
}

export const LINK = {
  /** a request this small is mostly its round trip */
  smallBytes: 2_048,
  /** weight of a new sample */
  smoothing: 0.5,
  /** a request gets this many times the time it should take … */
  multiple: 1.5,
  /** … and this much more (a busy PC) … */
  slackMs: 1_000,
  /** … and the county's own work on what was sent, at the slowest it stores a batch (bytes a second) */
  serverBytesPerSecond: 10_000,
  floorMs: 3_000,
  ceilingMs: 120_000,
  /** what an unmeasured link is taken to be: slow 2G (GPRS) */
  assumed: { bytesPerSecond: 4_000, roundTripMs: 1_000 },
  /** after this many timeouts in a row the link is taken as slower (one alone is a stall, not a slower link) … */
  timeoutsBeforeSlower: 2,
  /** … this much slower, and again after each further one */
  slowerAfterTimeout: 1.5,
  /** HTTP request and answer headers, both ways (what the sample bytes add to the bodies) */
  headerBytes: 600,
} as const;

export const UNMEASURED: LinkEstimate = { bytesPerSecond: null, roundTripMs: null, timeoutsInRow: 0 };

const blend = (old: number | null, sample: number): number =>
  old === null ? sample : old + LINK.smoothing * (sample - old);

/** The estimate after one finished request. */
export function observe(estimate: LinkEstimate, sample: LinkSample): LinkEstimate {
  if (!(sample.elapsedMs >= 0) || !(sample.bytes >= 0)) return estimate;
  const elapsed = Math.max(1, sample.elapsedMs);
  if (sample.bytes <= LINK.smallBytes)
    return { ...estimate, roundTripMs: blend(estimate.roundTripMs, elapsed), timeoutsInRow: 0 };
  const roundTrip = Math.min(estimate.roundTripMs ?? 0, elapsed / 2);
  const transferMs = Math.max(1, elapsed - roundTrip);
  return {
    // Any request is a round trip at most: one faster than the estimate brings it down.
    roundTripMs:
      estimate.roundTripMs !== null && elapsed < estimate.roundTripMs
        ? blend(estimate.roundTripMs, elapsed)
        : estimate.roundTripMs,
    bytesPerSecond: blend(estimate.bytesPerSecond, (sample.bytes * 1000) / transferMs),
    timeoutsInRow: 0,
  };
}

/** The link as the estimate has it, the assumed slow link where it has nothing yet. */
export function expectedLink(estimate: LinkEstimate): { bytesPerSecond: number; roundTripMs: number } {
  return {
    bytesPerSecond: estimate.bytesPerSecond ?? LINK.assumed.bytesPerSecond,
    roundTripMs: estimate.roundTripMs ?? LINK.assumed.roundTripMs,
  };
}

/** How long `bytes` (both ways, headers included) should take. */
export function expectedMs(estimate: LinkEstimate, bytes: number): number {
  const link = expectedLink(estimate);
  return link.roundTripMs + (Math.max(0, bytes) * 1000) / link.bytesPerSecond;
}

/** How long to wait for a request of `bytes`, before giving up on it. */
export function requestTimeout(estimate: LinkEstimate, bytes: number): number {
  const ms = LINK.multiple * expectedMs(estimate, bytes) + LINK.slackMs + (bytes * 1000) / LINK.serverBytesPerSecond;
  return Math.round(Math.min(LINK.ceilingMs, Math.max(LINK.floorMs, ms)));
}

/**
 * After a request timed out. One timeout alone is most often a stall (the link accepted the request and went
 * silent), after which the same link answers a new request at once: the estimate stays, and the request sent
 * again gets the same short wait. From LINK.timeoutsBeforeSlower in a row the link is taken as slower
 * (LINK.slowerAfterTimeout each time), so that, if it really did slow down, an attempt soon waits long enough.
 * The next finished request moves the estimate back and starts the count again.
 */
export function afterTimeout(estimate: LinkEstimate): LinkEstimate {
  const timeoutsInRow = (estimate.timeoutsInRow ?? 0) + 1;
  if (timeoutsInRow < LINK.timeoutsBeforeSlower) return { ...estimate, timeoutsInRow };
  const link = expectedLink(estimate);
  const f = LINK.slowerAfterTimeout;
  return { bytesPerSecond: link.bytesPerSecond / f, roundTripMs: link.roundTripMs * f, timeoutsInRow };
}
