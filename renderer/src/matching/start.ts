/**
 * Starts the matching worker once the page is idle, as someone logs in (from the moment their name is tapped),
 * so it reads and prepares the postings while the PIN is typed and the home page shows, and a person's list is
 * quick when first asked for. The client is loaded only then: the matching engine stays out of the scripts the
 * log-in screen waits for.
 */
export function startMatchingSoon(): void {
  // without Workers (unit tests) matching runs in the page, where reading ahead would only get in the way
  if (typeof Worker === 'undefined') return;
  const start = () => void import('./client').then(({ getMatchClient }) => getMatchClient().warm());
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 2_000 });
  else setTimeout(start, 500);
}
