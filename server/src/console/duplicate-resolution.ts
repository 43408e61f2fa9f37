import { z } from 'zod';
import { findPair, resolvePair } from '../repositories/duplicates';
import { ServiceError } from '../service-error';
import type { Database } from '../store/sql';
import { recordAudit } from './audit';

/** `{decision: 'same', keepStationId}` (one person; that station keeps the record) or `{decision: 'different'}`. */
export const resolutionBodySchema = z.discriminatedUnion(
  'decision',
  [
    z.object({ decision: z.literal('same'), keepStationId: z.string().min(1).max(64) }).strict(),
    z.object({ decision: z.literal('different') }).strict(),
  ],
  { message: 'decision 应为 same（同一人，并给出 keepStationId）或 different（不同的人）' },
);
export type ResolutionBody = z.infer<typeof resolutionBodySchema>;

export interface Resolution {
  readonly id: string;
  readonly decision: 'same' | 'different';
  readonly keepStationId: string | null;
  readonly resolvedAt: number;
}

/**
 * A county admin's answer to a pair of the duplicate-person queue, stored with the pair and audited in the same
 * transaction; the pair leaves the open queue. Both records stay as they are at their stations.
 */
export function createDuplicateResolution(db: Database, now: () => number) {
  return (userId: string, id: string, body: ResolutionBody): Promise<Resolution> =>
    db.transaction(async (sql) => {
      const pair = await findPair(sql, id);
      if (!pair)
        throw new ServiceError(404, 'duplicate.unknown', `No duplicate pair ${id}`, '重复人员队列中没有这一条');
      const keepStationId = body.decision === 'same' ? body.keepStationId : null;
      if (keepStationId !== null && keepStationId !== pair.stationA && keepStationId !== pair.stationB)
        throw new ServiceError(
          400,
          'duplicate.station',
          'The station that keeps the record must be one of the pair’s two stations',
          '保留记录的站点须是这两条登记所在的站点之一',
        );
      const at = now();
      if (!(await resolvePair(sql, id, { decision: body.decision, keepStationId, by: userId, at })))
        throw new ServiceError(409, 'duplicate.resolved', 'This pair is already resolved', '这一条已经处理过了');
      await recordAudit(sql, at, {
        userId,
        action: 'duplicate.resolve',
        target: id,
        detail: { decision: body.decision, keepStationId },
      });
      return { id, decision: body.decision, keepStationId, resolvedAt: at };
    });
}
