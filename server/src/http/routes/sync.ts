import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { COMPACT_CONTENT_TYPE, decodeCompact, encodeResults } from '#shared/sync/columns';
import { EPOCH_CHANGED, EPOCH_HEADER, pullQuerySchema, pushBodySchema, SCHEMA_VERSION } from '#shared/sync/wire';
import { ServiceError } from '../../service-error';
import type { Service } from '../../service';
import { callerOf, requireCaller } from '../auth';
import { badRequest, refuseInvalid } from '../refusals';

/** A push built for another epoch than the server's: refused whole, before its body is read (see EPOCH_HEADER). */
const refuseOtherEpoch = (service: Service) => async (req: FastifyRequest) => {
  const claimed = req.headers[EPOCH_HEADER];
  if (typeof claimed === 'string' && claimed !== service.epoch)
    throw new ServiceError(
      409,
      EPOCH_CHANGED,
      'The county server was restored from a backup since this station last checked: check again and send everything',
      '县服务器已从备份恢复，本站会重新发送全部数据',
    );
};

const isCompact = (req: FastifyRequest) => (req.headers['content-type'] ?? '').startsWith(COMPACT_CONTENT_TYPE);

/** The compact batch (shared/sync/columns.ts) becomes the plain push body before the push schema sees it. */
async function decodeCompactBody(req: FastifyRequest): Promise<void> {
  if (!isCompact(req)) return;
  const decoded = decodeCompact(req.body);
  if (!decoded.ok) throw badRequest(decoded.error.message, '上传的数据格式不对');
  req.body = decoded.value;
}

/** `/sync/…`, for an enrolled station (and the admin, who may pull everything but push nothing). */
export const syncRoutes: FastifyPluginAsyncZod<{ service: Service }> = async (app, { service }) => {
  app.addHook('onRequest', requireCaller(service, 'station-or-admin'));

  app.post(
    '/sync/push',
    {
      config: { nulCheckedPerMutation: true },
      onRequest: refuseOtherEpoch(service),
      preValidation: decodeCompactBody,
      schema: { body: pushBodySchema },
      schemaErrorFormatter: refuseInvalid((issues) => badRequest(`Invalid push: ${issues}`, '上传的数据格式不对')),
    },
    async (req) => {
      if (req.body.schemaVersion > SCHEMA_VERSION)
        throw new ServiceError(
          400,
          'schema.newer',
          `Schema ${req.body.schemaVersion} is newer than this server's (${SCHEMA_VERSION})`,
          '本站软件比县服务器新，请县里升级服务器',
        );
      const caller = callerOf(req);
      const results = await service.push(caller, req.body.mutations);
      if (caller.kind === 'station') req.server.securityLog.rejectedChanges(req.log, caller.stationId, results);
      return isCompact(req) ? encodeResults(results) : { results };
    },
  );

  app.get(
    '/sync/pull',
    {
      schema: { querystring: pullQuerySchema },
      schemaErrorFormatter: refuseInvalid((issues) => badRequest(`Invalid pull: ${issues}`, '下载请求的参数不对')),
    },
    async (req) => service.pull(callerOf(req), req.query.since, req.query.limit, req.query.own === 1),
  );
};
