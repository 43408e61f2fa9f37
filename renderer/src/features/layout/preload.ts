import { startMatchingSoon } from '../../matching/start';
import { onDemand } from '../../ui/on-demand';
import { loadLogin } from '../auth/load-login';
import { SCREENS } from './screens';

/** The app's frame (menu, header and the screens in it): its code loads after log-in, or ahead of it. */
export const APP_FRAME = onDemand(async () => (await import('./app-layout')).AppLayout);

/**
 * Starts fetching and evaluating the log-in command, the app's frame and the home page while the log-in screen
 * waits for the PIN, so that a correct PIN only has to be checked and the screens drawn (the same code the
 * screens load: nothing is loaded twice), and starts the matching worker reading the postings in its own
 * thread, so a person's list right after log-in does not wait for all of them.
 */
export function prepareForLogIn(): void {
  // A failed fetch here is tried again by the screen itself, which reports it.
  void loadLogin().catch(() => undefined);
  void APP_FRAME.preload().catch(() => undefined);
  void SCREENS.home.preload().catch(() => undefined);
  startMatchingSoon();
}
