import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditQuerySchema } from '../../../console/schemas';
import type { Service } from '../../../service';
import { requireRole } from '../../console-auth';
import { badRequest, refuseInvalid } from '../../refusals';

/** `GET /audit?page=&pageSize=`: the console's audit log, newest first, for county admins only. */
export const auditRoutes: FastifyPluginAsyncZod<{ service: Service }> = async (app, { service }) => {
  app.addHook('onRequest', requireRole('county-admin'));

  app.get(
    '/audit',
    {
      schema: { querystring: auditQuerySchema },
      schemaErrorFormatter: refuseInvalid((issues) =>
        badRequest(`Invalid audit query: ${issues}`, `查询参数不对：${issues}`),
      ),
    },
    async (req) => service.console.audit(req.query),
  );
};
