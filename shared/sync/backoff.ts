/**
 * Retry timing for sync over bad links: exponential backoff with full jitter (AWS architecture blog,
 * "Exponential Backoff And Jitter"), from 2 s up to 10 min. Pure: the random source is passed in.
 */
export const BACKOFF = { baseMs: 2_000, capMs: 10 * 60_000 } as const;

/** The ceiling for attempt n (0-based): min(cap, base × 2^n). */
export function backoffCeiling(attempt: number): number {
  return Math.min(BACKOFF.capMs, BACKOFF.baseMs * 2 ** Math.max(0, Math.min(attempt, 30)));
}

/** Full jitter: a uniformly random wait in [0, ceiling]. `random` returns [0, 1). */
export function retryDelay(attempt: number, random: () => number): number {
  return Math.floor(random() * backoffCeiling(attempt));
}

/**
 * After a failed run: how long to wait, and the attempt number to carry. A run that moved something before it
 * failed shows the link works, so the backoff starts again from its base; otherwise it grows.
 */
export function afterFailure(
  attempt: number,
  progressed: boolean,
  random: () => number,
): { readonly delayMs: number; readonly attempt: number } {
  const current = progressed ? 0 : attempt;
  return { delayMs: retryDelay(current, random), attempt: current + 1 };
}
