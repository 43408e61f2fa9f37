import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Service } from '../../../service';
import { summariseHeld } from '../../../sync/held-summary';
import { consoleIdentityOf, requireRole } from '../../console-auth';
import { badRequest, refuseInvalid } from '../../refusals';

const invalid = refuseInvalid((issues) =>
  badRequest(`Invalid held-changes request: ${issues}`, `暂存改动的参数不对：${issues}`),
);
const adminOnly = requireRole('county-admin');
const stationId = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, { message: '站点编号不对' });
const releaseBody = z.object({ stationId }).strict();
const refuseBody = z
  .object({ stationId, reason: z.string().trim().min(1, { message: '请写明拒收原因' }).max(200) })
  .strict();

/**
 * `/held`: the changes the county holds because their clock was more than 5 minutes ahead of its own, per
 * station (all roles); a county admin releases a station's held changes (applied now, at the county's time) or
 * refuses them with a reason the station hears on its next push. Both audited; a change the rules refuse at its
 * release is in the answer and the audit entry, and stays held as refused: never dropped quietly.
 */
export const heldRoutes: FastifyPluginAsyncZod<{ service: Service; now: () => number }> = async (
  app,
  { service, now },
) => {
  const waitingOf = async (station: string) =>
    (await service.hold.list(station)).filter((h) => h.refusal === null).map((h) => h.mutation.id);

  app.get('/held', async () => {
    const stations = new Map((await service.listStations()).map((s) => [s.id, s]));
    return { stations: summariseHeld(await service.hold.list(), stations, now()) };
  });

  app.post(
    '/held/release',
    { onRequest: adminOnly, schema: { body: releaseBody }, schemaErrorFormatter: invalid },
    async (req) => {
      const ids = await waitingOf(req.body.stationId);
      const report = await service.hold.release(ids);
      await service.console.logAudit({
        userId: consoleIdentityOf(req).userId,
        action: 'held.release',
        target: req.body.stationId,
        detail: {
          released: report.released,
          refusedAtRelease: report.refused.length,
          refusedIds: report.refused.map((r) => `${r.id} ${r.code}`).join(', ') || null,
        },
      });
      return { released: report.released, refused: report.refused };
    },
  );

  app.post(
    '/held/refuse',
    { onRequest: adminOnly, schema: { body: refuseBody }, schemaErrorFormatter: invalid },
    async (req) => {
      const ids = await waitingOf(req.body.stationId);
      const done = await service.hold.refuse(ids, req.body.reason);
      await service.console.logAudit({
        userId: consoleIdentityOf(req).userId,
        action: 'held.refuse',
        target: req.body.stationId,
        reason: req.body.reason,
        detail: { refused: done.refused.length },
      });
      return { refused: done.refused.length };
    },
  );
};
