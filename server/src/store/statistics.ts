import { OPTIMIZE_ALL_TABLES } from './sqlite';
import type { Database } from './sql';

/** How often a running server looks at its planner statistics again. */
export const STATISTICS_EVERY_MS = 60 * 60_000;

/**
 * Keeps the query planner's statistics in step with the data. SQLite analyses the tables that were never
 * analysed or have grown tenfold since (quick when none has); PostgreSQL's autovacuum already analyses its
 * tables as they change, so there is nothing to do there.
 */
export async function keepPlannerStatistics(db: Database): Promise<void> {
  if (db.dialect !== 'sqlite') return;
  await db.transaction((sql) => sql.all(`PRAGMA optimize = ${OPTIMIZE_ALL_TABLES}`));
}
