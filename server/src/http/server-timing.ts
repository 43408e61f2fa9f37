import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SERVER_TIMING, serverTimingValue } from '#shared/sync/link-estimate';

/**
 * Every answer on the stations' paths says how long the county worked on the request (W3C Server Timing), so
 * a station's client can tell its link's time from the county's and wait for each as measured
 * (shared/sync/link-estimate.ts). The work is counted from the moment the body has arrived and been read: on a
 * slow link a push's body takes seconds to come, and that time is the link's, not the county's. A request
 * refused before its body is read (a token not valid) counts from its head.
 */
export function serverTiming(app: FastifyInstance, onStationPath: (url: string) => boolean): void {
  const started = new WeakMap<FastifyRequest, number>();
  const start = async (req: FastifyRequest) => {
    started.set(req, performance.now());
  };
  app.addHook('onRequest', start);
  app.addHook('preValidation', start);
  app.addHook('onSend', async (req, reply, payload) => {
    const at = started.get(req);
    if (at !== undefined && onStationPath(req.url))
      reply.header(SERVER_TIMING.header, serverTimingValue(performance.now() - at));
    return payload;
  });
}
