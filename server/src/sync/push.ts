import type { PushResult } from '#shared/sync/batch';
import type { Mutation } from '#shared/sync/mutation';
import type { Caller } from '../caller';
import { insertStation, markPushed, stationExists } from '../repositories/stations';
import { holdsNul, nulTextRefusal } from '../nul-text';
import { ServiceError } from '../service-error';
import { stationInputSchema } from '../stations/schemas';
import { chunk, type Database } from '../store/sql';
import type { HoldLimits } from './hold-limits';
import { ingest } from './ingest';

/** The two ways mutations reach the county: a station's push over the network, and a USB bundle. */
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

  /** A file carried on a USB stick: the same path as a push, on behalf of the station that made it. */
  async function importBundle(
    stationId: string,
    station: { name: string; areaCode: string } | null,
    mutations: readonly Mutation[],
  ): Promise<{ created: boolean; results: PushResult[] }> {
    return db.transaction(async (sql) => {
      let created = false;
      if (holdsNul(stationId) || holdsNul(station)) throw nulTextRefusal();
      if (!(await stationExists(sql, stationId))) {
        const parsed = stationInputSchema.safeParse(station);
        if (!parsed.success)
          throw new ServiceError(
            400,
            'bundle.station',
            'Unknown station and no valid station details in the bundle',
            '文件里的站点未登记，也没有有效的站点信息',
          );
        await insertStation(sql, { id: stationId, ...parsed.data, createdAt: now() });
        created = true;
      }
      const results: PushResult[] = [];
      for (const part of chunk(mutations, 2_000))
        results.push(
          ...(await ingest(
            sql,
            part.map((m) => ({ m, stationId, enrollmentId: `bundle:${stationId}` })),
            now(),
            { holdLimits },
          )),
        );
      return { created, results };
    });
  }

  return { push, importBundle };
}
