import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { minutesLeft, unlockTimeZh } from '../../../console/lockout';
import { loginBodySchema } from '../../../console/schemas';
import type { Service } from '../../../service';
import { SESSION_COOKIE, sessionCookieOptions } from '../../console-auth';
import { badRequest, refuseInvalid, sendRefusal } from '../../refusals';

/**
 * `POST /login`, for anyone, at most `limitPerMinute` times a minute from one address: a right pair gets a
 * session cookie; a wrong pair — unknown name or wrong password alike — 401; a locked account 423 with when
 * the lock runs out.
 */
export const loginRoutes: FastifyPluginAsyncZod<{ service: Service; limitPerMinute: number }> = async (
  app,
  { service, limitPerMinute },
) => {
  app.post(
    '/login',
    {
      config: { rateLimit: { max: limitPerMinute, timeWindow: 60_000, keyGenerator: (req) => req.ip } },
      schema: { body: loginBodySchema },
      schemaErrorFormatter: refuseInvalid((issues) =>
        badRequest(`Invalid log-in: ${issues}`, '请填写用户名和密码（格式不对）'),
      ),
    },
    async (req, reply) => {
      const result = await service.console.sessions.login(req.body, req.ip);
      if (result.ok) {
        const { username, displayName, role } = result.identity;
        reply.setCookie(SESSION_COOKIE, result.cookieValue, sessionCookieOptions(req));
        return { user: { name: username, displayName, role } };
      }
      if (result.code === 'console.badLogin')
        return sendRefusal(reply, 401, result.code, 'Wrong user name or password', '用户名或密码不对');
      const seconds = Math.max(1, Math.ceil(result.retryInMs / 1000));
      return reply
        .code(423)
        .header('retry-after', String(seconds))
        .send({
          error: result.code,
          message: `Too many wrong passwords: the account is locked until ${new Date(result.unlocksAt).toISOString()}`,
          messageZh: `密码错误次数太多，账号已锁定，请于北京时间 ${unlockTimeZh(result.unlocksAt)} 后再试（约 ${minutesLeft(result.retryInMs)} 分钟）`,
          unlocksAt: result.unlocksAt,
        });
    },
  );
};
