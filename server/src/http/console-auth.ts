import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { ConsoleRole } from '../console/schemas';
import type { ConsoleIdentity } from '../console/sessions';
import { ServiceError } from '../service-error';
import type { Service } from '../service';

/** Where the county console's API lives; its answers carry no CORS header (it works with a cookie). */
export const CONSOLE_PREFIX = '/api/v1/console';

/** Whether a request's URL is a console path, as the router reads it (percent-escapes decoded). */
export function isConsolePath(url: string): boolean {
  const raw = url.split('?')[0] ?? '';
  let path = raw;
  try {
    path = decodeURIComponent(raw);
  } catch {
    // A broken escape: the router refuses the path too; judge it as sent.
  }
  return path === CONSOLE_PREFIX || path.startsWith(`${CONSOLE_PREFIX}/`);
}

export const SESSION_COOKIE = 'doorstep_console';

/**
 * The session cookie: out of reach of scripts, never sent with a request another site starts, for the whole
 * server, and only over TLS when the request came over TLS. No lifetime: it goes when the browser closes, and
 * the server ends it after 30 idle minutes anyway.
 */
export const sessionCookieOptions = (req: Pick<FastifyRequest, 'protocol'>): CookieSerializeOptions => ({
  httpOnly: true,
  sameSite: 'strict',
  path: '/',
  secure: req.protocol === 'https',
});

const identities = new WeakMap<FastifyRequest, ConsoleIdentity>();

/**
 * The console scope's one check of the session cookie, run before anything else reads the request: 401
 * without a live session (and the dead cookie cleared). Bearer tokens — a station's, the admin's — are not
 * read here at all: they do not open the console.
 */
export function requireConsoleSession(service: Service): onRequestAsyncHookHandler {
  return async (req, reply) => {
    const value = req.cookies[SESSION_COOKIE];
    const result = await service.console.sessions.authenticate(value);
    if (result.ok) {
      identities.set(req, result.identity);
      return;
    }
    if (value !== undefined) reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(req));
    throw result.code === 'console.expired'
      ? new ServiceError(401, 'console.expired', 'The session has expired: log in again', '登录已超时，请重新登录')
      : new ServiceError(401, 'console.auth', 'Log in to the county console first', '请先登录县级控制台');
  };
}

/** The account the scope's check found (a route outside the scope has none: a mistake in the server). */
export function consoleIdentityOf(req: FastifyRequest): ConsoleIdentity {
  const identity = identities.get(req);
  if (!identity) throw new Error(`${req.routeOptions.url ?? req.url} has no console session check`);
  return identity;
}

/** A route only for some roles, after the session check: 403 for the others. */
export function requireRole(...roles: readonly ConsoleRole[]): onRequestAsyncHookHandler {
  return async (req) => {
    if (!roles.includes(consoleIdentityOf(req).role))
      throw new ServiceError(403, 'console.role', 'Your role may not do this', '您的账号没有这项权限，请找县级管理员');
  };
}

/**
 * Console writes take JSON only. A form on another site can post urlencoded, multipart or plain text without
 * asking first, but not `application/json`: that needs a CORS preflight, which the console never answers.
 */
export const requireJsonWrites: onRequestAsyncHookHandler = async (req) => {
  if (req.method === 'GET' || req.method === 'HEAD') return;
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json')
    throw new ServiceError(
      415,
      'console.contentType',
      'Console requests send JSON (content-type: application/json)',
      '请求格式不对：须以 JSON 发送',
    );
};
