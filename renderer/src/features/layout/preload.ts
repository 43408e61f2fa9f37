/**
 * Starts fetching and evaluating the app's frame and the home page while the log-in screen waits for the PIN, so
 * that a correct PIN only has to render them. The same modules the lazy screens load: nothing is loaded twice.
 */
export function preloadAppFrame(): void {
  // A failed fetch here is retried by the lazy screen itself, which reports it.
  void import('./app-layout').catch(() => undefined);
  void import('../home/home-page').catch(() => undefined);
}
