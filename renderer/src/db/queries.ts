import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditEntry } from '#shared/entities/audit';
import { IDLE_LOCK } from '#shared/entities/idle-lock';
import type { Staff } from '#shared/entities/staff';
import type { Station } from '#shared/entities/station';
import type { Village } from '#shared/entities/village';
import { queryPrefixes } from '#shared/registry/search-keys';
import { EMPTY_WEEK } from '#shared/schedule/week-grid';
import { META } from './meta-keys';
import type { Table } from 'dexie';
import { getDb, type EmployerRow, type JobRow, type OutboxEntry, type SeekerRow } from './db';
import { heldEntries, pendingChangeCount, refusedEntries } from './outbox-counts';
import { SYNC_META } from './sync-meta';
import { parseCorrection, type ClockCorrection } from './clock-correction';

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
  return useLiveQuery(
    async () => (await getDb().settings.toCollection().first())?.idleLockMinutes ?? IDLE_LOCK.defaultMinutes,
    [],
    IDLE_LOCK.defaultMinutes,
  );
}

/** The saved idle-lock minutes, undefined while reading (a form shows it only once it is known). */
export function useSavedIdleLockMinutes(): number | undefined {
  return useLiveQuery(
    async () => (await getDb().settings.toCollection().first())?.idleLockMinutes ?? IDLE_LOCK.defaultMinutes,
    [],
  );
}

/**
 * Changes to records waiting for the county (the audit entries that travel with them are not counted); undefined
 * while they are being counted.
 */
export function usePendingCount(): number | undefined {
  return useLiveQuery(() => pendingChangeCount(getDb()), []);
}

/** Changes the county refused for good, newest first (a person must look at them). */
export function useRejectedChanges(): OutboxEntry[] {
  return useLiveQuery(
    async () => (await refusedEntries(getDb())).sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)).slice(0, 500),
    [],
    [],
  );
}

/** The county server this PC is enrolled with, if any. */
/** Changes the county holds aside for a clock ahead: waiting here, not sent. */
export function useHeldCount(): number {
  return useLiveQuery(async () => (await heldEntries(getDb())).filter((m) => !m.rejected).length, [], 0);
}

/** The last time this PC's clock was found ahead of the county's and set back. */
export function useClockCorrection(): ClockCorrection | null {
  return useLiveQuery(
    async () => parseCorrection((await getDb().meta.get(SYNC_META.clockCorrection))?.value),
    [],
    null,
  );
}

export function useSyncServer(): string | null | undefined {
  return useLiveQuery(async () => (await getDb().meta.get(SYNC_META.server))?.value ?? null, [], undefined);
}

/** The day the made-up demo county was loaded on this PC, if it was (such a PC never sends anything). */
export function useDemoLoaded(): string | null | undefined {
  return useLiveQuery(async () => (await getDb().meta.get(SYNC_META.demo))?.value ?? null, [], undefined);
}

export function useStaffList(activeOnly: boolean): Staff[] {
  return useLiveQuery(
    () =>
      getDb()
        .staff.orderBy('name')
        .filter((s) => !activeOnly || s.active)
        .toArray(),
    [activeOnly],
    [],
  );
}

export function useAuditCount(): number {
  return useLiveQuery(() => getDb().audit.count(), [], 0);
}

/** One page of the audit log, newest first, read from the `at` index. */
export function useAuditPage(offset: number, limit: number, enabled = true): AuditEntry[] {
  return useLiveQuery(
    () => (enabled ? getDb().audit.orderBy('at').reverse().offset(offset).limit(limit).toArray() : []),
    [offset, limit, enabled],
    [],
  );
}

/** Names of staff by id, to show who an audit line is about. */
export function useStaffNames(): ReadonlyMap<string, string> {
  return useLiveQuery(
    async () => new Map((await getDb().staff.toArray()).map((s) => [s.id, s.name])),
    [],
    new Map<string, string>(),
  );
}

export interface SeekerFilters {
  readonly status?: string;
  readonly group?: string;
  readonly villageCode?: string;
}

const LIST_LIMIT = 2000;
/** A search shows the first matches; typing more narrows them (a keystroke must stay fast at 100,000 people). */
export const SEARCH_LIMIT = 100;
/** The seekers list without a query shows the newest people, read by the registration-time index. */
export const NEWEST_LIMIT = 500;

/** Rows whose search keys start with the typed query (indexed), or, with no query, `newest()`; never tombstones. */
async function byKeys<T extends { id: string; deleted: boolean }>(
  table: Table<T, string>,
  query: string,
  limit: number,
  newest: () => Promise<T[]>,
): Promise<T[]> {
  const prefixes = queryPrefixes(query);
  if (prefixes.length === 0) return (await newest()).filter((r) => !r.deleted);
  const found = await Promise.all(prefixes.map((p) => table.where('searchKeys').startsWith(p).limit(limit).toArray()));
  return [...new Map(found.flat().map((r) => [r.id, r])).values()].filter((r) => !r.deleted);
}

/**
 * Seekers for the list: by typed query (an indexed prefix look-up on name, pinyin, initials, phone and ID
 * tails) or, with no query, the most recently registered. Removed (tombstoned) records never show.
 */
export function useSeekerSearch(
  query: string,
  filters: SeekerFilters,
): { readonly query: string; readonly rows: SeekerRow[] } | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const newest = async (): Promise<SeekerRow[]> => {
      // The newest by the index, limit and all (no filter in the read: tombstones are left out afterwards).
      if (!filters.villageCode && !filters.status)
        return db.seekers.orderBy('createdAt').reverse().limit(NEWEST_LIMIT).toArray();
      // A filter without a query: read by that index, newest first.
      const indexed = filters.villageCode
        ? db.seekers.where('villageCode').equals(filters.villageCode)
        : db.seekers.where('status').equals(filters.status ?? '');
      return (await indexed.toArray()).sort((a, b) => b.createdAt - a.createdAt).slice(0, NEWEST_LIMIT);
    };
    const rows = await byKeys(db.seekers, query, SEARCH_LIMIT, newest);
    return {
      query,
      rows: rows.filter(
        (s) =>
          (!filters.status || s.status === filters.status) &&
          (!filters.group || s.groups.includes(filters.group as SeekerRow['groups'][number])) &&
          (!filters.villageCode || s.villageCode === filters.villageCode),
      ),
    };
  }, [query, filters.status, filters.group, filters.villageCode]);
}

/** One record by id: undefined while loading (also right after `id` changes), null when there is none. */
function useRow<T>(table: () => Table<T, string>, id: string | undefined): T | undefined | null {
  const result = useLiveQuery(async () => ({ id, row: id ? ((await table().get(id)) ?? null) : null }), [id]);
  return result && result.id === id ? result.row : undefined;
}

export const useSeeker = (id: string | undefined): SeekerRow | undefined | null => useRow(() => getDb().seekers, id);

const NO_VILLAGES: Village[] = [];

/** The villages by name; none while reading (see `useVillagesRead` where that difference shows). */
export function useVillages(): Village[] {
  return useVillagesRead() ?? NO_VILLAGES;
}

/** The villages by name, undefined while reading (a hint that there are none waits until that is known). */
export function useVillagesRead(): Village[] | undefined {
  return useLiveQuery(async () => (await getDb().villages.orderBy('name').toArray()).filter((v) => !v.deleted), []);
}

/** Names of seekers by id (for the duplicate dialog). */
export async function seekerNames(ids: readonly string[]): Promise<string[]> {
  const rows = await getDb().seekers.bulkGet([...ids]);
  return rows.flatMap((r) => (r ? [r.name] : []));
}

export type { SeekerRow } from './db';

export type { EmployerRow, JobRow } from './db';

export function useEmployers(query = ''): EmployerRow[] | undefined {
  return useLiveQuery(
    () =>
      byKeys(getDb().employers, query, LIST_LIMIT, () => getDb().employers.orderBy('name').limit(LIST_LIMIT).toArray()),
    [query],
  );
}

export function useJobs(query = ''): JobRow[] | undefined {
  return useLiveQuery(
    () =>
      byKeys(getDb().jobs, query, LIST_LIMIT, () =>
        getDb().jobs.orderBy('createdAt').reverse().limit(LIST_LIMIT).toArray(),
      ),
    [query],
  );
}

export const useEmployer = (id: string | undefined): EmployerRow | undefined | null =>
  useRow(() => getDb().employers, id);

export const useJob = (id: string | undefined): JobRow | undefined | null => useRow(() => getDb().jobs, id);

/** Which of these ID numbers are already registered (for the import preview). */
export async function registeredIdNumbers(ids: readonly string[]): Promise<Set<string>> {
  const rows = await getDb()
    .seekers.where('idNumber')
    .anyOf([...ids])
    .toArray();
  return new Set(rows.filter((r) => !r.deleted && r.idNumber).map((r) => r.idNumber as string));
}

/** People looking for work who have no working hours yet: matching can find them nothing, and nothing finds them. */
export function useSeekersWithoutHours(): number | undefined {
  return useLiveQuery(() =>
    getDb()
      .seekers.filter((s) => !s.deleted && s.status === 'active' && s.availability === EMPTY_WEEK)
      .count(),
  );
}

export function useSeekerCount(): number | undefined {
  return useLiveQuery(() => getDb().seekers.count());
}

/** Employers by name (for the job import). */
export async function employerIdsByName(): Promise<Map<string, string>> {
  const rows = await getDb().employers.toArray();
  return new Map(rows.filter((e) => !e.deleted).map((e) => [e.name, e.id]));
}
