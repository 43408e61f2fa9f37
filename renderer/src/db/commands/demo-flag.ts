import type { Result } from '#shared/result';
import { stationDay } from '../../state/station-day';
import { SYNC_META } from '../sync-meta';
import { appendAudit, fail, requireActor, runCommand, type Actor, type CommandEnv } from './command';

/**
 * Marks this PC as holding the made-up demo county, before any of it is written: from then on it is never
 * enrolled with the county and exports no upload file, so no made-up person, job or anything done with them
 * (referrals, placements, courses) can reach the county. A PC already enrolled refuses the demo instead.
 */
export async function markDemoLoaded(env: CommandEnv, actor: Actor): Promise<Result<{ day: string }>> {
  return runCommand(env, actor, async (ctx) => {
    await requireActor(ctx, 'settings');
    if (await env.db.meta.get(SYNC_META.server)) fail('demo.enrolled', 'This PC is enrolled with the county');
    const day = stationDay(env.now());
    await env.db.meta.put({ key: SYNC_META.demo, value: day });
    await appendAudit(ctx, { action: 'demo.load', table: 'stations', recordId: ctx.stationId, reason: day });
    return { day };
  });
}
