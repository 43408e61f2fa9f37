import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { resolutionBodySchema } from '../../../console/duplicate-resolution';
import type { Service } from '../../../service';
import { consoleIdentityOf, requireRole } from '../../console-auth';
import { badRequest, refuseInvalid } from '../../refusals';

/** `POST /duplicates/:id/resolve`: a county admin resolves a pair of the duplicate-person queue. */
export const duplicateRoutes: FastifyPluginAsyncZod<{ service: Service }> = async (app, { service }) => {
  app.post(
    '/duplicates/:id/resolve',
    {
      onRequest: requireRole('county-admin'),
      schema: {
        params: z.object({ id: z.string().regex(/^[A-Za-z0-9-]{1,64}$/, { message: '编号不对' }) }),
        body: resolutionBodySchema,
      },
      schemaErrorFormatter: refuseInvalid((issues) =>
        badRequest(`Invalid resolution: ${issues}`, `处理重复人员的参数不对：${issues}`),
      ),
    },
    async (req) => ({
      resolution: await service.resolveDuplicate(consoleIdentityOf(req).userId, req.params.id, req.body),
    }),
  );
};
