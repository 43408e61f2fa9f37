import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { COMPACT_CONTENT_TYPE, COMPACT_LAYOUT_2 } from '#shared/sync/columns';
import { SCHEMA_VERSION } from '#shared/sync/wire';

/** `GET /health`, for anyone: what this server is and takes (the epoch and clock ride on every answer). */
export const healthRoutes: FastifyPluginAsyncZod<{ version: string; maxPushBytes: number }> = async (
  app,
  { version, maxPushBytes },
) => {
  app.get('/health', async () => ({
    ok: true,
    version,
    maxPushBytes,
    schemaVersion: SCHEMA_VERSION,
    encodings: ['application/json', COMPACT_CONTENT_TYPE, COMPACT_LAYOUT_2],
  }));
};
