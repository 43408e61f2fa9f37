import type { FastifyRequest, onRequestAsyncHookHandler, preSerializationAsyncHookHandler } from 'fastify';
import type { Caller } from '../caller';
import { ServiceError } from '../service-error';
import type { Service } from '../service';
import type { FailedAuthLimit } from './failed-auth';

declare module 'fastify' {
  interface FastifyInstance {
    failedAuth: FailedAuthLimit;
  }
}

/** Who may call a scope's routes: the county admin only, or any enrolled station and the admin. */
export type Access = 'admin' | 'station-or-admin';

const callers = new WeakMap<FastifyRequest, Caller>();

const bearer = (req: FastifyRequest): string | null => {
  const header = req.headers.authorization;
  return typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : null;
};

/** The station app's version as its requests report it; anything that does not look like a version is ignored. */
const appVersion = (req: FastifyRequest): string | null => {
  const header = req.headers['x-doorstep-app-version'];
  return typeof header === 'string' && /^[0-9A-Za-z][0-9A-Za-z.+-]{0,39}$/.test(header) ? header : null;
};

/**
 * A scope's one check of the token, run as the request arrives, before its body is read, inflated or parsed (a
 * caller without a token costs no more than the look-up, and learns nothing about the body's shape), and
 * outside any writing transaction: 401 without a valid token, 403 for a station on an admin route; both are
 * noted in the security log. An address that sent too many refused tokens lately is answered 429 at once. A
 * station's device that reports its app version (`x-doorstep-app-version`) has it recorded when it changes.
 */
export function requireCaller(service: Service, access: Access): onRequestAsyncHookHandler {
  return async (req) => {
    const limit = req.server.failedAuth;
    if (limit.blocked(req.ip)) {
      req.server.securityLog.badToken(req.log, req.ip);
      throw new ServiceError(
        429,
        'auth.tooManyFailures',
        'Too many requests with a wrong token from this address; try again later',
        '这个地址用错误的令牌请求太多次，请稍后再试',
      );
    }
    const caller = await service.authenticate(bearer(req), appVersion(req));
    if (!caller) {
      limit.failed(req.ip);
      req.server.securityLog.badToken(req.log, req.ip);
      throw new ServiceError(401, 'auth.required', 'A valid token is needed', '缺少有效的令牌，请重新注册本站');
    }
    if (access === 'admin' && caller.kind !== 'admin') {
      if (caller.kind === 'station') req.server.securityLog.forbidden(req.log, caller.stationId, 'auth.admin');
      throw new ServiceError(403, 'auth.admin', 'Only the county admin may do this', '只有县管理员可以这样做');
    }
    callers.set(req, caller);
  };
}

/**
 * A station's successful answer carries `renewedToken` when its token was due for renewal (see
 * stations/token-policy.ts): the device keeps it and sends it from then on.
 */
export function renewTokens(service: Service): preSerializationAsyncHookHandler<unknown> {
  return async (req, reply, payload) => {
    const caller = callers.get(req);
    if (!caller || reply.statusCode >= 300 || !payload || typeof payload !== 'object' || Array.isArray(payload))
      return payload;
    const renewedToken = await service.renewToken(caller);
    return renewedToken ? { ...payload, renewedToken } : payload;
  };
}

/** What the request rate limit counts by: the device a valid token belongs to, or else the address. */
export const rateKey = (req: FastifyRequest): string => {
  const caller = callers.get(req);
  return caller?.kind === 'station' ? `device ${caller.enrollmentId}` : caller?.kind === 'admin' ? 'admin' : req.ip;
};

/** The caller the scope's check found (a route outside such a scope has none: a mistake in the server). */
export function callerOf(req: FastifyRequest): Caller {
  const caller = callers.get(req);
  if (!caller) throw new Error(`${req.routeOptions.url ?? req.url} has no token check`);
  return caller;
}
