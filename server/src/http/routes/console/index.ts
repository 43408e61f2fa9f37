import cookie from '@fastify/cookie';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Service } from '../../../service';
import { requireConsoleSession, requireJsonWrites } from '../../console-auth';
import { sendRefusal } from '../../refusals';
import { auditRoutes } from './audit';
import { loginRoutes } from './login';
import { reportingRoutes } from './reporting';
import { sessionRoutes } from './session';

/**
 * `/console/…`, the county console's API, for people with a console account: log-in is open (JSON only, rate
 * limited per address); everything else — unknown paths included — needs a live session cookie first (401),
 * then JSON for writes (415), then the route's role (403). Station and admin tokens open nothing here.
 */
export const consoleRoutes: FastifyPluginAsyncZod<{ service: Service; loginLimitPerMinute: number }> = async (
  app,
  { service, loginLimitPerMinute },
) => {
  await app.register(cookie, { hook: 'onRequest' });

  await app.register(async (open) => {
    open.addHook('onRequest', requireJsonWrites);
    await open.register(loginRoutes, { service, limitPerMinute: loginLimitPerMinute });
  });

  await app.register(async (scope) => {
    scope.addHook('onRequest', requireConsoleSession(service));
    scope.addHook('onRequest', requireJsonWrites);
    await scope.register(sessionRoutes, { service });
    await scope.register(auditRoutes, { service });
    await scope.register(reportingRoutes, { service });
    scope.setNotFoundHandler((_req, reply) => sendRefusal(reply, 404, 'not.found', 'No such address', '没有这个地址'));
  });
};
