import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import compress from '@fastify/compress';
import rateLimit from '@fastify/rate-limit';
import { COMPACT_CONTENT_TYPE, decodeCompact, encodeResults } from '#shared/sync/columns';
import { pullQuerySchema, pushBodySchema, SCHEMA_VERSION } from '#shared/sync/wire';
import { describeIssues } from './tables';
import { enrollBodySchema, ServiceError, type Caller, type Service } from './service';

export interface AppOptions {
  readonly service: Service;
  readonly version: string;
  /** Largest request body accepted, after gunzip. */
  readonly maxPushBytes?: number;
  /** Requests per minute per token (or per address without one); enrolment has its own lower limit. */
  readonly rateLimitPerMinute?: number;
  readonly enrollLimitPerMinute?: number;
  readonly logger?: boolean;
  readonly now?: () => number;
}

/** Largest push body after gunzip: 2,000 full records in plain JSON fit with room to spare. */
export const DEFAULT_MAX_PUSH_BYTES = 8 * 1024 * 1024;

function send(reply: FastifyReply, status: number, code: string, message: string, messageZh: string) {
  return reply.code(status).send({ error: code, message, messageZh });
}

/** The county server's HTTP face (DESIGN.md, Sync protocol). Every refusal is a 4xx with a plain message. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { service } = options;
  const now = options.now ?? Date.now;
  const maxPushBytes = options.maxPushBytes ?? DEFAULT_MAX_PUSH_BYTES;
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: maxPushBytes, trustProxy: false });

  await app.register(compress, { global: true, encodings: ['gzip'], requestEncodings: ['gzip'], threshold: 512 });
  await app.register(rateLimit, {
    global: true,
    max: options.rateLimitPerMinute ?? 600,
    timeWindow: 60_000,
    keyGenerator: (req) => req.headers.authorization ?? req.ip,
    errorResponseBuilder: (_req, ctx) => ({
      statusCode: 429,
      error: 'rate.limited',
      message: `Too many requests; try again in ${Math.ceil(ctx.ttl / 1000)} s`,
      messageZh: `请求太频繁，请 ${Math.ceil(ctx.ttl / 1000)} 秒后再试`,
    }),
  });

  // The app calls from its own origin (app:// on the desktop, the browser edition's address): tokens travel in
  // a header, never in cookies, so any origin may call; the token decides what it may do.
  app.addHook('onRequest', async (req, reply) => {
    reply.header('access-control-allow-origin', '*');
    if (req.method === 'OPTIONS') {
      reply.header('access-control-allow-methods', 'GET, POST');
      reply.header('access-control-allow-headers', 'authorization, content-type, content-encoding, accept');
      reply.header('access-control-max-age', '86400');
      return reply.code(204).send();
    }
  });

  // Every JSON answer carries the epoch and the server's clock.
  app.addHook('preSerialization', async (_req, _reply, payload) => {
    if (payload && typeof payload === 'object' && !Array.isArray(payload))
      return { ...payload, serverEpoch: service.epoch, serverTime: now() };
    return payload;
  });

  app.setErrorHandler((error: { statusCode?: number; code?: string; message?: string } & Error, _req, reply) => {
    if (error instanceof ServiceError) return send(reply, error.status, error.code, error.message, error.messageZh);
    const status = error.statusCode ?? 500;
    if (status === 413 || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return send(
        reply,
        413,
        'body.tooLarge',
        `Request body over ${maxPushBytes} bytes: send fewer changes at once`,
        '一次发送的数据太多，请分批发送',
      );
    }
    if (status === 429) return reply.code(429).send(error);
    if (status >= 400 && status < 500) {
      return send(reply, status, error.code ?? 'request.invalid', error.message || 'Bad request', '请求格式不对');
    }
    reply.log.error(error);
    return send(
      reply,
      500,
      'server.error',
      'The server failed; the change is kept and will be sent again',
      '服务器出错，数据已保留，稍后会重新发送',
    );
  });
  app.setNotFoundHandler((_req, reply) => send(reply, 404, 'not.found', 'No such address', '没有这个地址'));

  async function caller(req: FastifyRequest): Promise<Caller> {
    const header = req.headers.authorization;
    const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : null;
    const found = await service.authenticate(token);
    if (!found)
      throw new ServiceError(401, 'auth.required', 'A valid token is needed', '缺少有效的令牌，请重新注册本站');
    return found;
  }
  async function admin(req: FastifyRequest) {
    const c = await caller(req);
    if (c.kind !== 'admin')
      throw new ServiceError(403, 'auth.admin', 'Only the county admin may do this', '只有县管理员可以这样做');
  }
  const bad = (message: string, messageZh: string) => new ServiceError(400, 'request.invalid', message, messageZh);

  // The compact batch encoding (shared/sync/columns.ts) is JSON too; its own type says how to read it.
  app.addContentTypeParser(COMPACT_CONTENT_TYPE, { parseAs: 'string' }, app.getDefaultJsonParser('error', 'ignore'));

  app.get('/api/v1/health', async () => ({
    ok: true,
    version: options.version,
    maxPushBytes,
    schemaVersion: SCHEMA_VERSION,
    encodings: ['application/json', COMPACT_CONTENT_TYPE],
  }));

  app.post('/api/v1/admin/stations', async (req, reply) => {
    await admin(req);
    const created = await service.addStation(req.body);
    return reply.code(201).send(created);
  });
  app.get('/api/v1/admin/stations', async (req) => {
    await admin(req);
    return { stations: await service.listStations() };
  });
  app.post<{ Params: { id: string } }>('/api/v1/admin/stations/:id/code', async (req, reply) => {
    await admin(req);
    return reply.code(201).send(await service.newCode(req.params.id));
  });
  app.get('/api/v1/admin/duplicates', async (req) => {
    await admin(req);
    return { duplicates: await service.duplicates() };
  });
  app.get('/api/v1/admin/quarantine', async (req) => {
    await admin(req);
    return { quarantine: await service.quarantine() };
  });

  app.post(
    '/api/v1/enroll',
    {
      config: {
        rateLimit: {
          max: options.enrollLimitPerMinute ?? 20,
          timeWindow: 60_000,
          keyGenerator: (req: FastifyRequest) => req.ip,
        },
      },
    },
    async (req) => {
      const body = enrollBodySchema.safeParse(req.body);
      if (!body.success) throw bad(`Invalid enrolment: ${describeIssues(body.error)}`, '注册信息不完整');
      return service.enroll(body.data);
    },
  );

  app.post('/api/v1/sync/push', async (req) => {
    const who = await caller(req);
    const compact = (req.headers['content-type'] ?? '').startsWith(COMPACT_CONTENT_TYPE);
    let raw: unknown = req.body;
    if (compact) {
      const decoded = decodeCompact(req.body);
      if (!decoded.ok) throw bad(decoded.error.message, '上传的数据格式不对');
      raw = decoded.value;
    }
    const body = pushBodySchema.safeParse(raw);
    if (!body.success) throw bad(`Invalid push: ${describeIssues(body.error)}`, '上传的数据格式不对');
    if (body.data.schemaVersion > SCHEMA_VERSION) {
      throw new ServiceError(
        400,
        'schema.newer',
        `Schema ${body.data.schemaVersion} is newer than this server's (${SCHEMA_VERSION})`,
        '本站软件比县服务器新，请县里升级服务器',
      );
    }
    const results = await service.push(who, body.data.mutations);
    return compact ? encodeResults(results) : { results };
  });

  app.get('/api/v1/sync/pull', async (req) => {
    const who = await caller(req);
    const query = pullQuerySchema.safeParse(req.query);
    if (!query.success) throw bad(`Invalid pull: ${describeIssues(query.error)}`, '下载请求的参数不对');
    return service.pull(who, query.data.since, query.data.limit);
  });

  return app;
}
