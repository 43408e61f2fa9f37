import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { HeldRow } from '../../repositories/quarantine';
import { ServiceError } from '../../service-error';
import type { Service } from '../../service';
import { stationInputSchema } from '../../stations/schemas';
import { requireCaller } from '../auth';
import { refuseInvalid } from '../refusals';

/**
 * `/admin/…`, for the county admin's token only: stations, their codes and devices (revoked one by one or all
 * at once), the duplicate queue and the changes held for a clock too far ahead (listed, released, refused).
 */
export const adminRoutes: FastifyPluginAsyncZod<{ service: Service }> = async (app, { service }) => {
  app.addHook('onRequest', requireCaller(service, 'admin'));

  app.post(
    '/stations',
    {
      schema: { body: stationInputSchema },
      schemaErrorFormatter: refuseInvalid(
        (issues) => new ServiceError(400, 'station.invalid', `Invalid station: ${issues}`, `站点信息有误：${issues}`),
      ),
    },
    async (req, reply) => reply.code(201).send(await service.addStation(req.body)),
  );
  app.get('/stations', async () => ({ stations: await service.listStations() }));
  app.post('/stations/:id/code', { schema: { params: z.object({ id: z.string() }) } }, async (req, reply) =>
    reply.code(201).send(await service.newCode(req.params.id)),
  );
  app.post(
    '/stations/:id/revoke',
    {
      schema: {
        params: z.object({ id: z.string() }),
        // No body at all revokes the whole station.
        body: z
          .object({ enrollmentId: z.string().min(1).max(64) })
          .strict()
          .nullish(),
      },
      schemaErrorFormatter: refuseInvalid(
        (issues) => new ServiceError(400, 'revoke.invalid', `Invalid revocation: ${issues}`, `撤销请求有误：${issues}`),
      ),
    },
    async (req) => service.revoke(req.params.id, req.body?.enrollmentId ?? null),
  );
  app.get('/duplicates', async () => ({ duplicates: await service.duplicates() }));
  app.get('/quarantine', async () => ({ quarantine: (await service.hold.list()).map(describeHeld) }));
  const idsBody = {
    schema: {
      body: z
        .object({ ids: z.array(z.string().min(1).max(64)).min(1).max(5_000), reason: z.string().max(500).optional() })
        .strict(),
    },
    schemaErrorFormatter: refuseInvalid(
      (issues) => new ServiceError(400, 'held.invalid', `Invalid request: ${issues}`, `请求有误：${issues}`),
    ),
  };
  app.post('/quarantine/release', idsBody, async (req) => service.hold.release(req.body.ids));
  app.post('/quarantine/refuse', idsBody, async (req) =>
    service.hold.refuse(req.body.ids, req.body.reason ?? 'Refused by the county admin'),
  );
};

/** What the admin sees of one held change: who sent it, for which record, how far ahead, and any refusal. */
export function describeHeld(h: HeldRow) {
  return {
    id: h.mutation.id,
    stationId: h.stationId,
    table: h.mutation.table,
    recordId: h.mutation.recordId,
    hlc: h.mutation.hlc,
    wallMs: h.wallMs,
    receivedAt: h.receivedAt,
    refusal: h.refusal,
  };
}
