import type { PushResult } from '#shared/sync/batch';
import type { Mutation } from '#shared/sync/mutation';
import type { Caller } from '../caller';
import { markPushed } from '../repositories/stations';
import { ServiceError } from '../service-error';
import type { Database } from '../store/sql';
import type { HoldLimits } from './hold-limits';
import { ingest } from './ingest';

/** A station's push over the network (a USB bundle takes the same path: bundle-import.ts). */
export function createPush(db: Database, now: () => number, holdLimits?: HoldLimits) {
  async function push(caller: Caller, mutations: readonly Mutation[]): Promise<PushResult[]> {
    if (caller.kind !== 'station')
      throw new ServiceError(
        403,
        'push.adminNoStation',
        'The county admin token cannot push station records',
        '县管理员令牌不能上传站点数据',
      );
    return db.transaction(async (sql) => {
      const results = await ingest(
        sql,
        mutations.map((m) => ({ m, stationId: caller.stationId, enrollmentId: caller.enrollmentId })),
        now(),
        { holdLimits },
      );
      await markPushed(sql, caller.stationId, now());
      return results;
    });
  }

  return { push };
}
