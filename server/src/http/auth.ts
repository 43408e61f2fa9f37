import type { FastifyRequest, preSerializationAsyncHookHandler, preValidationAsyncHookHandler } from 'fastify';
import type { Caller } from '../caller';
import { ServiceError } from '../service-error';
import type { Service } from '../service';

/** Who may call a scope's routes: the county admin only, or any enrolled station and the admin. */
export type Access = 'admin' | 'station-or-admin';

const callers = new WeakMap<FastifyRequest, Caller>();

const bearer = (req: FastifyRequest): string | null => {
  const header = req.headers.authorization;
  return typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : null;
};

/**
 * A scope's one check of the token, run before the body is validated (a caller without a token learns
 * nothing about the body's shape): 401 without a valid token, 403 for a station on an admin route; both are
 * noted in the security log.
 */
export function requireCaller(service: Service, access: Access): preValidationAsyncHookHandler {
  return async (req) => {
    const caller = await service.authenticate(bearer(req));
    if (!caller) {
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

/** The caller the scope's check found (a route outside such a scope has none: a mistake in the server). */
export function callerOf(req: FastifyRequest): Caller {
  const caller = callers.get(req);
  if (!caller) throw new Error(`${req.routeOptions.url ?? req.url} has no token check`);
  return caller;
}
