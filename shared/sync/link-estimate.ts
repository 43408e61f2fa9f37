/**
 * How long to wait for the county, from the link as measured. A request's time is about a round trip plus its
 * bytes at the link's rate plus the county's work on it; each finished request is a sample of that. The county
 * says how long its work took (a `Server-Timing` header), so the link's part and the county's are measured
 * apart: the round trip from small requests (a health check is nearly all round trip), the rate from the
 * others (their time less the round trip and the county's work), the county's work per KB sent from requests
 * that send something. A request is given a small multiple of the time it should take, within a floor
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
  /** ms of the county's work per KB a request sends, smoothed; null (or not given) until the county said */
  readonly serverMsPerKb?: number | null;
}

export interface LinkSample {
  /** bytes both ways, headers included */
  readonly bytes: number;
  readonly elapsedMs: number;
  /** the request's body, when the county said how long its work took */
  readonly sentBytes?: number;
  /** the county's own work on the request, as it said (its `Server-Timing`) */
  readonly serverMs?: number;
}

export const LINK = {
  /** a request this small is mostly its round trip */
  smallBytes: 2_048,
  /** weight of a new sample */
  smoothing: 0.5,
  /** a request gets this many times the time it should take … */
  multiple: 1.5,
  /** … and this much more (a busy PC) … */
  slackMs: 500,
  /** … and the county's own work on what was sent: until it said, at the slowest it stores a batch (bytes a second) … */
  serverBytesPerSecond: 10_000,
  /** … once it said, this many times its measured work (a county busier than when it was measured) */
  serverMultiple: 3,
  floorMs: 2_000,
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

export const UNMEASURED: LinkEstimate = {
  bytesPerSecond: null,
  roundTripMs: null,
  timeoutsInRow: 0,
  serverMsPerKb: null,
};

const blend = (old: number | null, sample: number): number =>
  old === null ? sample : old + LINK.smoothing * (sample - old);

/** The county's work per KB after a sample that says it, as before otherwise. */
function serverWork(estimate: LinkEstimate, sample: LinkSample): number | null {
  const known = estimate.serverMsPerKb ?? null;
  const { serverMs, sentBytes } = sample;
  if (serverMs === undefined || sentBytes === undefined || !(serverMs >= 0) || !(sentBytes >= LINK.smallBytes))
    return known;
  return blend(known, serverMs / (sentBytes / 1_000));
}

/** The estimate after one finished request. */
export function observe(estimate: LinkEstimate, sample: LinkSample): LinkEstimate {
  if (!(sample.elapsedMs >= 0) || !(sample.bytes >= 0)) return estimate;
  // The link's part of the time: the county's own work taken out when it said how long that was.
  const server = sample.serverMs !== undefined && sample.serverMs >= 0 ? sample.serverMs : 0;
  const elapsed = Math.max(1, sample.elapsedMs - Math.min(server, sample.elapsedMs / 2));
  const serverMsPerKb = serverWork(estimate, sample);
  if (sample.bytes <= LINK.smallBytes)
    return { ...estimate, roundTripMs: blend(estimate.roundTripMs, elapsed), timeoutsInRow: 0, serverMsPerKb };
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
    serverMsPerKb,
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

/** How long the county may take over a request that sends `sentBytes`: a multiple of what it said, or its slowest. */
export function serverAllowanceMs(estimate: LinkEstimate, sentBytes: number): number {
  const perKb = estimate.serverMsPerKb ?? null;
  const bytes = Math.max(0, sentBytes);
  return perKb === null ? (bytes * 1_000) / LINK.serverBytesPerSecond : (LINK.serverMultiple * perKb * bytes) / 1_000;
}

/**
 * How long to wait for a request of `bytes` (both ways, headers included) that sends `sentBytes` for the county
 * to work on, before giving up on it. The wait for the rest of an answer that is coming sends nothing: 0.
 */
export function requestTimeout(estimate: LinkEstimate, bytes: number, sentBytes: number = bytes): number {
  const ms = LINK.multiple * expectedMs(estimate, bytes) + LINK.slackMs + serverAllowanceMs(estimate, sentBytes);
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
  const perKb = estimate.serverMsPerKb ?? null;
  return {
    bytesPerSecond: link.bytesPerSecond / f,
    roundTripMs: link.roundTripMs * f,
    timeoutsInRow,
    serverMsPerKb: perKb === null ? null : perKb * f,
  };
}

/** The county's `Server-Timing` entry for its own work on a request (W3C Server Timing: `app;dur=12.5`). */
export const SERVER_TIMING = { header: 'server-timing', metric: 'app' } as const;

export const serverTimingValue = (ms: number): string => `${SERVER_TIMING.metric};dur=${Math.max(0, ms).toFixed(1)}`;

/** The county's work in ms from a `Server-Timing` header, undefined when it says nothing readable. */
export function serverTimingMs(header: string | null | undefined): number | undefined {
  for (const entry of (header ?? '').split(',')) {
    const [name, ...params] = entry.split(';').map((p) => p.trim());
    if (name !== SERVER_TIMING.metric) continue;
    for (const param of params) {
      const [key, value] = param.split('=').map((p) => p.trim());
      const ms = Number(value);
      if (key === 'dur' && value !== '' && Number.isFinite(ms) && ms >= 0) return ms;
    }
  }
  return undefined;
}
