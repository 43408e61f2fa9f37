import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isMonth } from '../../../reporting/monthly/months';
import { SILENT_AFTER_MS } from '../../../reporting/stations/station-health';
import { stationInputSchema } from '../../../stations/schemas';
import type { Service } from '../../../service';
import { consoleIdentityOf, requireRole } from '../../console-auth';
import { badRequest, refuseInvalid } from '../../refusals';

const stationParams = z.object({ id: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, { message: '站点编号不对' }) });
const invalid = refuseInvalid((issues) => badRequest(`Invalid station request: ${issues}`, `站点参数不对：${issues}`));
const adminOnly = requireRole('county-admin');

/**
 * `/stations`: every station's sync health and month (all roles); adding a station, a new enrolment code and
 * revoking devices (county admins), through the same stations service as the CLI and the admin API, audited.
 * An enrolment code is shown once, in the answer: the audit log records that one was issued, never the code.
 */
export const stationRoutes: FastifyPluginAsyncZod<{ service: Service }> = async (app, { service }) => {
  app.get(
    '/stations',
    {
      schema: {
        querystring: z
          .object({ month: z.string().refine(isMonth, { message: '月份应为 YYYY-MM（如 2026-11）' }).optional() })
          .strict(),
      },
      schemaErrorFormatter: invalid,
    },
    async (req) => {
      const stations = await service.stationHealth(req.query.month);
      return { month: req.query.month ?? null, silentAfterDays: SILENT_AFTER_MS / 86_400_000, stations };
    },
  );

  app.post(
    '/stations',
    { onRequest: adminOnly, schema: { body: stationInputSchema }, schemaErrorFormatter: invalid },
    async (req, reply) => {
      const issued = await service.addStation(req.body);
      await service.console.logAudit({
        userId: consoleIdentityOf(req).userId,
        action: 'station.add',
        target: issued.stationId,
        detail: { areaCode: req.body.areaCode },
      });
      return reply.code(201).send(issued);
    },
  );

  app.post(
    '/stations/:id/code',
    {
      onRequest: adminOnly,
      schema: { params: stationParams, body: z.object({}).strict() },
      schemaErrorFormatter: invalid,
    },
    async (req) => {
      const issued = await service.newCode(req.params.id);
      await service.console.logAudit({
        userId: consoleIdentityOf(req).userId,
        action: 'station.code',
        target: req.params.id,
        detail: { voidedCodes: issued.voidedCodes, expiresAt: issued.expiresAt },
      });
      return issued;
    },
  );

  app.post(
    '/stations/:id/revoke',
    {
      onRequest: adminOnly,
      schema: {
        params: stationParams,
        body: z.object({ deviceId: z.string().min(1).max(64).optional() }).strict(),
      },
      schemaErrorFormatter: invalid,
    },
    async (req) => {
      const done = await service.revoke(req.params.id, req.body.deviceId ?? null);
      await service.console.logAudit({
        userId: consoleIdentityOf(req).userId,
        action: 'station.revoke',
        target: req.params.id,
        detail: {
          deviceId: req.body.deviceId ?? null,
          revokedDevices: done.revokedDevices,
          voidedCodes: done.voidedCodes,
        },
      });
      return done;
    },
  );
};
