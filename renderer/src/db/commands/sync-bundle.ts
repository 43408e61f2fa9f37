import { makeBundle, type Bundle } from '#shared/sync/bundle';
import type { Result } from '#shared/result';
import { SYNC_META } from '../sync-meta';
import { META } from '../meta-keys';
import { appendAudit, fail, requireActor, runCommand, type Actor, type CommandEnv } from './command';
import { asMutation } from './sync-outbox';
import { releaseForCounty } from '../county-release';

/**
 * Every change waiting for the county that it has not refused, as one bundle for a USB stick (a station with no
 * network at all), each as it may leave the PC (people without county consent pseudonymous); the export itself is
 * audited.
 */
export async function buildPendingBundle(env: CommandEnv, actor: Actor): Promise<Result<Bundle>> {
  return runCommand(env, actor, async (ctx) => {
    await requireActor(ctx, 'settings');
    if (await env.db.meta.get(SYNC_META.demo)) fail('sync.demoLoaded', 'Demo data is loaded on this PC');
    const station = await env.db.stations.get(ctx.stationId);
    const deviceId = (await env.db.meta.get(META.deviceId))?.value ?? 'unknown';
    const waiting = await env.db.outbox
      .orderBy('hlc')
      .filter((e) => !e.rejected)
      .toArray();
    const mutations = await releaseForCounty(env.db, waiting.map(asMutation));
    await appendAudit(ctx, {
      action: 'sync.export-bundle',
      table: 'stations',
      recordId: ctx.stationId,
      fields: [],
      reason: `${mutations.length}`,
    });
    return makeBundle({
      stationId: ctx.stationId,
      station: station ? { name: station.name, areaCode: station.areaCode } : null,
      deviceId,
      exportedAt: env.now(),
      mutations,
    });
  });
}
