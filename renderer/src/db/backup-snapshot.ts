import type { DoorstepDb } from './db';
import { countPendingChanges } from './pending-changes';
import { META } from './meta-keys';

/** Every local table's rows, read in one transaction so they agree with each other. */
export interface Snapshot {
  readonly tables: Record<string, Record<string, unknown>[]>;
  readonly stationId: string | null;
  readonly stationName: string | null;
  readonly databaseVersion: number;
  /** Rows per table, and `pending`: changes waiting for the county (counted as the 同步 page counts them). */
  readonly counts: Record<string, number>;
}

export async function readSnapshot(db: DoorstepDb): Promise<Snapshot> {
  return db.transaction('r', db.tables, async () => {
    const tables: Record<string, Record<string, unknown>[]> = {};
    for (const table of db.tables) tables[table.name] = (await table.toArray()) as Record<string, unknown>[];
    const stationId = (await db.meta.get(META.stationId))?.value ?? null;
    const station = stationId ? await db.stations.get(stationId) : undefined;
    return {
      tables,
      stationId,
      stationName: station?.name ?? null,
      databaseVersion: db.verno,
      counts: countsOf(tables),
    };
  });
}

/** How many rows each table holds, and how many changes wait for the county. */
export function countsOf(tables: Readonly<Record<string, readonly Record<string, unknown>[]>>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [name, rows] of Object.entries(tables)) counts[name] = rows.length;
  const outbox = (tables.outbox ?? []).map((row) => ({ table: String(row.table), rejected: row.rejected }));
  counts.pending = countPendingChanges(outbox);
  return counts;
}

/** What this PC holds now, for the confirmation a restore asks: the same counts a backup's header gives. */
export async function describeCurrent(db: DoorstepDb): Promise<Omit<Snapshot, 'tables'>> {
  return db.transaction('r', db.tables, async () => {
    const counts: Record<string, number> = {};
    for (const table of db.tables) counts[table.name] = await table.count();
    counts.pending = countPendingChanges(await db.outbox.toArray());
    const stationId = (await db.meta.get(META.stationId))?.value ?? null;
    const station = stationId ? await db.stations.get(stationId) : undefined;
    return { stationId, stationName: station?.name ?? null, databaseVersion: db.verno, counts };
  });
}
