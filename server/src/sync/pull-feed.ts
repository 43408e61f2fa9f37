import type { Change, DuplicateNotice } from '#shared/sync/wire';
import type { Caller } from '../caller';
import { feed, lastSeq } from '../repositories/mutations';
import { markPulled } from '../repositories/stations';
import type { Database } from '../store/sql';
import { duplicateNotices } from './duplicate-notices';

export interface PullPage {
  readonly changes: Change[];
  /** the cursor for the next page: the last change's seq when more follow, else the newest seq */
  readonly nextSince: number;
  readonly hasMore: boolean;
  /** a station's open notices, whole on every page */
  readonly notices?: DuplicateNotice[];
}

/**
 * One page of what the caller may read after `since` (a station: its own records and the shared tables, and
 * the notices the county has for it). `own`: a station's device gets back what it pushed itself as well.
 */
export function pullFeed(db: Database, now: () => number) {
  return (caller: Caller, since: number, limit: number, own = false): Promise<PullPage> =>
    db.transaction(async (sql) => {
      const changes = await feed(sql, caller, since, limit, own);
      const hasMore = changes.length === limit;
      const max = await lastSeq(sql);
      const nextSince = hasMore ? Number(changes.at(-1)?.seq) : max;
      if (caller.kind !== 'station') return { changes, nextSince, hasMore };
      await markPulled(sql, caller.stationId, now());
      return { changes, nextSince, hasMore, notices: await duplicateNotices(sql, caller.stationId) };
    });
}
