import type { Settings } from '#shared/entities/settings';
import type { Result } from '#shared/result';
import { fail, requireActor, runCommand, writeRecord, type Actor, type CommandEnv } from './command';
import { SETTINGS_ID_META } from './setup-station';

export async function updateSettings(
  env: CommandEnv,
  actor: Actor,
  change: Pick<Settings, 'idleLockMinutes'>,
): Promise<Result<Settings>> {
  return runCommand(env, actor, async (ctx) => {
    await requireActor(ctx, 'settings');
    const id = (await ctx.env.db.meta.get(SETTINGS_ID_META))?.value ?? fail('record.notFound', 'No settings');
    const { updatedAt: _u, ...current } = (await ctx.env.db.settings.get(id)) ?? fail('record.notFound', 'No settings');
    return writeRecord(ctx, 'settings', { ...current, ...change }, { action: 'settings.update' });
  });
}
