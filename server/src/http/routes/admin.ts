import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ServiceError } from '../../service-error';
import type { Service } from '../../service';
import { stationInputSchema } from '../../stations/schemas';
import { requireCaller } from '../auth';
import { refuseInvalid } from '../refusals';

/**
 * `/admin/…`, for the county admin's token only: stations, their codes and devices (revoked one by one or all
 * at once), the duplicate and quarantine queues.
 */
export const adminRoutes: FastifyPluginAsyncZod<{ service: Service }> = async (app, { service }) => {
  app.addHook('preValidation', requireCaller(service, 'admin'));

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
  app.get('/quarantine', async () => ({ quarantine: await service.quarantine() }));
};
