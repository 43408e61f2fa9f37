import { useEffect } from 'react';
import { getPlatform } from '../platform/platform';
import { useSession } from '../state/session-store';

const POLL_MS = 5_000;

/** Locks the screen after `minutes` without keyboard or mouse use (OS idle time on the desktop). */
export function useIdleLock(minutes: number): void {
  const active = useSession((s) => s.user !== null && !s.locked);
  const lock = useSession((s) => s.lock);
  useEffect(() => {
    if (!active) return undefined;
    const timer = setInterval(() => {
      void getPlatform()
        .idleSeconds({})
        .then((r) => {
          if (r.ok && r.value >= minutes * 60) lock(true);
        });
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [active, minutes, lock]);
}
