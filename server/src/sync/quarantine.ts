import { decodeHlc, encodeHlc, MAX_CLOCK_DRIFT_MS } from '#shared/sync/hlc';
import {
  dropHeld,
  dueHeld,
  heldByIds,
  listHeld,
  markRefused,
  type HeldRow,
  type Refusal,
} from '../repositories/quarantine';
import type { Database, Sql } from '../store/sql';
import { ingest } from './ingest';

/** What a release did: how many changes were stored, and every one the rules refused (kept, with why). */
export interface ReleaseReport {
  readonly released: number;
  readonly refused: readonly {
    readonly id: string;
    readonly stationId: string;
    readonly code: string;
    readonly message: string;
  }[];
}

/** Changes the release job takes per transaction, so a long hold never blocks pushes for long. */
const RELEASE_BATCH = 500;

/** A clock still ahead of `now` moved back to `now` (same device), so a released change never wins for years. */
function atCountyTime(row: HeldRow, now: number): HeldRow {
  const hlc = decodeHlc(row.mutation.hlc);
  if (!hlc.ok || hlc.value.ms <= now) return row;
  return { ...row, mutation: { ...row.mutation, hlc: encodeHlc({ ms: now, counter: 0, node: hlc.value.node }) } };
}

/**
 * Held changes through the normal path, for the station and enrolment that sent them: those stored leave the
 * hold; those the rules refuse now (their record changed owner, say) stay in it, refused with why, so the
 * station hears it when it sends them again and the admin sees them; nothing is dropped quietly.
 */
async function release(sql: Sql, rows: readonly HeldRow[], now: number): Promise<ReleaseReport> {
  const results = await ingest(
    sql,
    rows.map((d) => ({ m: d.mutation, stationId: d.stationId, enrollmentId: d.enrollmentId, released: true })),
    now,
    { holdLimits: false },
  );
  const stationOf = new Map(rows.map((r) => [r.mutation.id, r.stationId]));
  const refused = results
    .filter((r) => r.status === 'rejected')
    .map((r) => ({
      id: r.id,
      stationId: stationOf.get(r.id) ?? '',
      code: r.code ?? 'rejected',
      message: r.message ?? '',
    }));
  for (const r of refused) await markRefused(sql, [r.id], { code: r.code, message: r.message, at: now });
  await dropHeld(
    sql,
    results.filter((r) => r.status !== 'rejected').map((r) => r.id),
  );
  return { released: results.length - refused.length, refused };
}

/** The hold's admin side and its periodic release, each step in its own transaction, outside any request. */
export function createHold(db: Database, now: () => number) {
  return {
    /** Every held change now no more than MAX_CLOCK_DRIFT_MS ahead, a batch per transaction. */
    async releaseDue(): Promise<ReleaseReport> {
      let released = 0;
      const refused: ReleaseReport['refused'][number][] = [];
      for (;;) {
        const report = await db.transaction(async (sql) => {
          const due = await dueHeld(sql, now() + MAX_CLOCK_DRIFT_MS, RELEASE_BATCH);
          return { taken: due.length, ...(await release(sql, due, now())) };
        });
        released += report.released;
        refused.push(...report.refused);
        if (report.taken < RELEASE_BATCH) return { released, refused };
      }
    },
    list: (stationId?: string) => db.transaction((sql) => listHeld(sql, stationId)),
    /**
     * An admin releases held changes now: a clock still ahead is set to the county's time first. Ids not held
     * (or already refused) are reported as `missing`.
     */
    async release(ids: readonly string[]): Promise<ReleaseReport & { missing: string[] }> {
      return db.transaction(async (sql) => {
        const found = await heldByIds(sql, ids);
        const rows = [...found.values()].filter((r) => r.refusal === null).map((r) => atCountyTime(r, now()));
        const missing = ids.filter((id) => found.get(id)?.refusal !== null);
        return { ...(await release(sql, rows, now())), missing };
      });
    },
    /** An admin refuses held changes: kept, refused with the reason, which the station hears on its next push. */
    async refuse(ids: readonly string[], reason: string): Promise<{ refused: string[]; missing: string[] }> {
      return db.transaction(async (sql) => {
        const found = await heldByIds(sql, ids);
        const refusable = ids.filter((id) => found.get(id)?.refusal === null);
        const refusal: Refusal = { code: 'held.refused', message: reason, at: now() };
        await markRefused(sql, refusable, refusal);
        return { refused: refusable, missing: ids.filter((id) => !refusable.includes(id)) };
      });
    },
  };
}
