import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Service } from '../../../service';
import { consoleIdentityOf, SESSION_COOKIE, sessionCookieOptions } from '../../console-auth';

/** `GET /me` (who this session belongs to) and `POST /logout` (ends it), inside the session check. */
export const sessionRoutes: FastifyPluginAsyncZod<{ service: Service }> = async (app, { service }) => {
  app.get('/me', async (req) => {
    const { username, displayName, role } = consoleIdentityOf(req);
    return { name: username, displayName, role };
  });

  app.post('/logout', async (req, reply) => {
    await service.console.sessions.logout(consoleIdentityOf(req), req.ip);
    reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(req));
    return { ok: true };
  });
};
