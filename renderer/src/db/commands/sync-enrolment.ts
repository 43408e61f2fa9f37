import type { Result } from '#shared/result';
import { appendAudit, fail, requireActor, runCommand, type Actor, type CommandEnv } from './command';
import { SYNC_META } from '../sync-meta';

/** The station an administrator is about to enrol with the county: its id and name (the county's device name). */
export async function stationToEnrol(
  env: CommandEnv,
  actor: Actor,
): Promise<Result<{ stationId: string; name: string }>> {
  return runCommand(env, actor, async (ctx) => {
    await requireActor(ctx, 'settings');
    if (await env.db.meta.get(SYNC_META.demo)) fail('sync.demoLoaded', 'Demo data is loaded on this PC');
    return { stationId: ctx.stationId, name: (await env.db.stations.get(ctx.stationId))?.name ?? '' };
  });
}

/** Records the county server this PC is now enrolled with (its token is kept by the platform, not here). */
export async function recordEnrolment(
  env: CommandEnv,
  actor: Actor,
  server: string,
): Promise<Result<{ stationId: string }>> {
  return runCommand(env, actor, async (ctx) => {
    await requireActor(ctx, 'settings');
    await env.db.meta.put({ key: SYNC_META.server, value: server });
    await appendAudit(ctx, { action: 'sync.enroll', table: 'stations', recordId: ctx.stationId, reason: server });
    return { stationId: ctx.stationId };
  });
}
