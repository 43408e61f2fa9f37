import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditEntry } from '../../../shared/entities/audit';
import { IDLE_LOCK } from '../../../shared/entities/settings';
import type { Staff } from '../../../shared/entities/staff';
import type { Station } from '../../../shared/entities/station';
import { META } from './commands/command';
import { getDb } from './db';

/**
 * Every read the screens make, as live queries. Components import these, never the database itself
 * (an ESLint rule enforces it); writes go through commands.
 */

/** This PC's own station (other stations' records arrive by sync later). */
export function useStation(): Station | undefined | 'loading' {
  return useLiveQuery(
    async () => {
      const db = getDb();
      const id = (await db.meta.get(META.stationId))?.value;
      return id ? await db.stations.get(id) : undefined;
    },
    [],
    'loading' as const,
  );
}

export function useIdleLockMinutes(): number {
  return useLiveQuery(async () => (await getDb().settings.toCollection().first())?.idleLockMinutes ?? IDLE_LOCK.defaultMinutes, [], IDLE_LOCK.defaultMinutes);
}

/** Changes to records waiting for the county (the audit entries that travel with them are not counted). */
export function usePendingCount(): number {
  return useLiveQuery(() => getDb().outbox.filter((m) => m.table !== 'audit').count(), [], 0);
}

export function useStaffList(activeOnly: boolean): Staff[] {
  return useLiveQuery(() => getDb().staff.orderBy('name').filter((s) => !activeOnly || s.active).toArray(), [activeOnly], []);
}

export function useAuditCount(): number {
  return useLiveQuery(() => getDb().audit.count(), [], 0);
}

/** One page of the audit log, newest first, read from the `at` index. */
export function useAuditPage(offset: number, limit: number, enabled = true): AuditEntry[] {
  return useLiveQuery(() => (enabled ? getDb().audit.orderBy('at').reverse().offset(offset).limit(limit).toArray() : []), [offset, limit, enabled], []);
}

/** Names of staff by id, to show who an audit line is about. */
export function useStaffNames(): ReadonlyMap<string, string> {
  return useLiveQuery(async () => new Map((await getDb().staff.toArray()).map((s) => [s.id, s.name])), [], new Map<string, string>());
}
