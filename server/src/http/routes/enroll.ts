import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Service } from '../../service';
import { enrollBodySchema } from '../../stations/schemas';
import { badRequest, refuseInvalid } from '../refusals';

/** `POST /enroll`, for anyone holding a code: a lower rate limit per address, since codes are short. */
export const enrollRoutes: FastifyPluginAsyncZod<{ service: Service; limitPerMinute: number }> = async (
  app,
  { service, limitPerMinute },
) => {
  app.post(
    '/enroll',
    {
      config: { rateLimit: { max: limitPerMinute, timeWindow: 60_000, keyGenerator: (req) => req.ip } },
      schema: { body: enrollBodySchema },
      schemaErrorFormatter: refuseInvalid((issues) => badRequest(`Invalid enrolment: ${issues}`, '注册信息不完整')),
    },
    async (req) => service.enroll(req.body),
  );
};
