import { useLiveQuery } from 'dexie-react-hooks';
import { IDLE_LOCK } from '../../../shared/entities/settings';
import type { Station } from '../../../shared/entities/station';
import { getDb } from './db';

/** Reads are live queries; components never write (commands do). */
export function useStation(): Station | undefined | 'loading' {
  return useLiveQuery(async () => (await getDb().stations.toCollection().first()) ?? undefined, [], 'loading' as const);
}

export function useIdleLockMinutes(): number {
  return useLiveQuery(async () => (await getDb().settings.toCollection().first())?.idleLockMinutes ?? IDLE_LOCK.defaultMinutes, [], IDLE_LOCK.defaultMinutes);
}

export function usePendingCount(): number {
  return useLiveQuery(() => getDb().outbox.count(), [], 0);
}
