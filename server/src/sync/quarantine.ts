import { MAX_CLOCK_DRIFT_MS } from '#shared/sync/hlc';
import { takeDue } from '../repositories/quarantine';
import type { Sql } from '../store/sql';
import { ingest } from './ingest';

/**
 * Quarantined mutations whose clock is no longer more than a day ahead go through the normal path, for the
 * station and enrolment that sent them. Every push, import and pull starts with this.
 */
export async function releaseDue(sql: Sql, now: () => number): Promise<void> {
  const due = await takeDue(sql, now() + MAX_CLOCK_DRIFT_MS);
  if (due.length === 0) return;
  await ingest(
    sql,
    due.map((d) => ({ m: d.mutation, stationId: d.stationId, enrollmentId: d.enrollmentId, released: true })),
    now(),
  );
}
