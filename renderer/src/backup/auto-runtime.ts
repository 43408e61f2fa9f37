import { appEnv } from '../db/commands/env';
import { getPlatform } from '../platform/platform';
import { runAutomaticBackup } from './make-backup';

const FIRST_CHECK_MS = 60_000;
const CHECK_EVERY_MS = 30 * 60_000;

/**
 * Checks now and then whether the day's automatic backup is due (the desktop answers; the browser edition never
 * makes one) and makes it. A failure is tried again at the next check. Returns the stop function.
 */
export function startAutomaticBackups(): () => void {
  let running = false;
  const check = async () => {
    if (running) return;
    running = true;
    try {
      const result = await runAutomaticBackup(appEnv(), getPlatform());
      if (!result.ok) console.warn('Automatic backup failed', result.error.code);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void check(), FIRST_CHECK_MS);
  const every = setInterval(() => void check(), CHECK_EVERY_MS);
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
