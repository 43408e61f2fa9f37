import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import compress from '@fastify/compress';
import rateLimit from '@fastify/rate-limit';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { COMPACT_CONTENT_TYPE } from '#shared/sync/columns';
import { SERVER_TIMING } from '#shared/sync/link-estimate';
import { EPOCH_HEADER } from '#shared/sync/wire';
import { rateKey, renewTokens } from './http/auth';
import { limitConnections, type ConnectionLimits } from './http/connection-limits';
import { failedAuthLimit } from './http/failed-auth';
import { CONSOLE_PREFIX, isConsolePath } from './http/console-auth';
import { consoleWeb, isConsoleWebPath } from './http/console-web';
import { refuseNulText } from './http/nul-guard';
import { createSecurityLog } from './http/security-log';
import { serverTiming } from './http/server-timing';
import { refusalHandler, sendRefusal } from './http/refusals';
import { adminRoutes } from './http/routes/admin';
import { consoleRoutes } from './http/routes/console/index';
import { enrollRoutes } from './http/routes/enroll';
import { healthRoutes } from './http/routes/health';
import { syncRoutes } from './http/routes/sync';
import type { Reporting } from './reporting/ledger-source';
import type { MonthlyReports } from './reporting/monthly/monthly-reports';
import type { Service } from './service';
import type { ServiceError } from './service-error';

export interface AppOptions {
  readonly service: Service;
  readonly version: string;
  /** Largest request body accepted, after gunzip. */
  readonly maxPushBytes?: number;
  /** Requests per minute per token (or per address without one); enrolment has its own lower limit. */
  readonly rateLimitPerMinute?: number;
  readonly enrollLimitPerMinute?: number;
  /** Console log-in attempts per minute per address. */
  readonly consoleLoginLimitPerMinute?: number;
  /** The console's built web app (out/console unless given). */
  readonly consoleDir?: string;
  /** Fastify's logger: on, off, or at a level into a stream (the tests read what it says). */
  readonly logger?: boolean | { readonly level: string; readonly stream: { write(line: string): void } };
  readonly now?: () => number;
  /** What the county console's exports and monthly reports read. */
  readonly reporting?: Reporting;
  /** The monthly reports (月报) the console lists and writes on demand. */
  readonly reports?: MonthlyReports;
  /** Timeouts and connection caps (DEFAULT_LIMITS where not given). */
  readonly limits?: Partial<ServerLimits>;
  /**
   * Behind a reverse proxy (TLS ended there): which proxies to believe about the caller's address
   * (`X-Forwarded-For`), as Fastify's `trustProxy` takes it: true, an address or a list. Per-address limits then
   * count the caller, not the proxy; the per-address connection cap is left to the proxy.
   */
  readonly trustProxy?: boolean | string | string[];
  /** TLS on the server itself: PEM certificate (chain) and private key. */
  readonly tls?: { readonly cert: string | Buffer; readonly key: string | Buffer };
}

export interface ServerLimits extends ConnectionLimits {
  /** a connection with nothing moving is closed after this */
  readonly idleTimeoutMs: number;
  /** refused tokens per address per minute before that address is answered 429 at once */
  readonly failedAuthPerMinute: number;
}

/**
 * A push's batch is at most 128 KB on the wire, seconds on a village's slow link: a minute for a whole request
 * is generous for a station and short for someone holding connections open.
 */
export const DEFAULT_LIMITS: ServerLimits = {
  requestTimeoutMs: 60_000,
  idleTimeoutMs: 30_000,
  maxConnections: 900,
  perAddress: 32,
  failedAuthPerMinute: 30,
};

/** Largest push body after gunzip: 2,000 full records in plain JSON fit with room to spare. */
export const DEFAULT_MAX_PUSH_BYTES = 8 * 1024 * 1024;

/**
 * The county server's HTTP face (DESIGN.md, Sync protocol): what every answer shares (gzip, rate limits, CORS,
 * the epoch and clock, refusals as 4xx with a plain message), then one plugin per resource, each scope with
 * one token check. Bodies and query strings are validated by the shared zod schemas before a handler runs.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { service } = options;
  const now = options.now ?? Date.now;
  const maxPushBytes = options.maxPushBytes ?? DEFAULT_MAX_PUSH_BYTES;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: maxPushBytes,
    trustProxy: options.trustProxy ?? false,
    requestTimeout: limits.requestTimeoutMs,
    connectionTimeout: limits.idleTimeoutMs,
    keepAliveTimeout: Math.min(5_000, limits.idleTimeoutMs),
    ...(options.tls ? { https: { cert: options.tls.cert, key: options.tls.key } } : {}),
  }).withTypeProvider<ZodTypeProvider>();
  app.server.headersTimeout = Math.min(limits.requestTimeoutMs, 30_000);
  limitConnections(app.server, { ...limits, perAddress: options.trustProxy ? 0 : limits.perAddress });
  app.setValidatorCompiler(validatorCompiler);
  app.decorate('securityLog', createSecurityLog(now));
  app.decorate('failedAuth', failedAuthLimit({ max: limits.failedAuthPerMinute, windowMs: 60_000, now }));

  await app.register(compress, { global: true, encodings: ['gzip'], requestEncodings: ['gzip'], threshold: 512 });
  await app.register(rateLimit, {
    global: true,
    max: options.rateLimitPerMinute ?? 600,
    timeWindow: 60_000,
    // Counted after the token check: by the device a valid token belongs to, else by address (a made-up token
    // never earns a count of its own).
    hook: 'preHandler',
    keyGenerator: rateKey,
    errorResponseBuilder: (_req, ctx) => ({
      statusCode: 429,
      error: 'rate.limited',
      message: `Too many requests; try again in ${Math.ceil(ctx.ttl / 1000)} s`,
      messageZh: `请求太频繁，请 ${Math.ceil(ctx.ttl / 1000)} 秒后再试`,
    }),
  });

  // The app calls from its own origin (app:// on the desktop, the browser edition's address): tokens travel in
  // a header, never in cookies, so any origin may call; the token decides what it may do. The county console
  // works with a cookie: its paths (and its pages) answer no origin but their own.
  const onStationPath = (url: string) => !isConsolePath(url) && !isConsoleWebPath(url);
  app.addHook('onRequest', async (req, reply) => {
    if (!onStationPath(req.url)) return;
    reply.header('access-control-allow-origin', '*');
    reply.header('access-control-expose-headers', SERVER_TIMING.header);
    if (req.method === 'OPTIONS') {
      reply.header('access-control-allow-methods', 'GET, POST');
      reply.header(
        'access-control-allow-headers',
        `authorization, content-type, content-encoding, accept, x-doorstep-app-version, ${EPOCH_HEADER}`,
      );
      reply.header('access-control-max-age', '86400');
      return reply.code(204).send();
    }
  });

  serverTiming(app, onStationPath);
  app.addHook('preSerialization', renewTokens(service));
  // Every JSON answer carries the epoch and the server's clock.
  app.addHook('preSerialization', async (_req, _reply, payload) => {
    if (payload && typeof payload === 'object' && !Array.isArray(payload))
      return { ...payload, serverEpoch: service.epoch, serverTime: now() };
    return payload;
  });

  const refuse = refusalHandler(maxPushBytes);
  app.setErrorHandler<FastifyError | ServiceError>((error, _req, reply) => refuse(error, reply));
  app.setNotFoundHandler((_req, reply) => sendRefusal(reply, 404, 'not.found', 'No such address', '没有这个地址'));

  // The compact batch encoding (shared/sync/columns.ts) is JSON too; its own type says how to read it.
  app.addContentTypeParser(COMPACT_CONTENT_TYPE, { parseAs: 'string' }, app.getDefaultJsonParser('error', 'ignore'));

  app.addHook('preHandler', refuseNulText);

  const prefix = '/api/v1';
  await app.register(healthRoutes, { prefix, version: options.version, maxPushBytes });
  await app.register(enrollRoutes, { prefix, service, limitPerMinute: options.enrollLimitPerMinute ?? 20 });
  await app.register(syncRoutes, { prefix, service });
  await app.register(adminRoutes, { prefix: `${prefix}/admin`, service });
  await app.register(consoleRoutes, {
    prefix: CONSOLE_PREFIX,
    service,
    loginLimitPerMinute: options.consoleLoginLimitPerMinute ?? 10,
    reporting: options.reporting,
    reports: options.reports,
    now,
  });
  await consoleWeb(app, options.consoleDir);
  return app;
}
