import type { VillageDraft } from '#shared/registry/gazetteer-import';
import type { Result } from '#shared/result';
import { requireActor, runCommand, writeRecord, type Actor, type CommandEnv } from './command';

/**
 * Imports a village list in ONE command: every row lands, or none does. A code already in the list is
 * updated in place (name or coordinates corrected), not duplicated; an unchanged row writes nothing.
 */
export async function importVillages(
  env: CommandEnv,
  actor: Actor,
  drafts: readonly VillageDraft[],
): Promise<Result<{ added: number; updated: number }>> {
  return runCommand(env, actor, async (ctx) => {
    await requireActor(ctx, 'villages');
    const existing = new Map(
      (await ctx.env.db.villages.toArray())
        .filter((v) => !v.deleted && v.stationId === ctx.stationId)
        .map((v) => [v.code, v]),
    );
    let added = 0;
    let updated = 0;
    for (const draft of drafts) {
      const previous = existing.get(draft.code);
      const same =
        previous &&
        previous.name === draft.name &&
        previous.latitude === draft.latitude &&
        previous.longitude === draft.longitude;
      if (same) continue;
      await writeRecord(
        ctx,
        'villages',
        {
          id: previous?.id ?? env.newId(),
          stationId: ctx.stationId,
          createdAt: previous?.createdAt ?? env.now(),
          deleted: false,
          validFrom: previous?.validFrom ?? null,
          validTo: previous?.validTo ?? null,
          ...draft,
        },
        { action: previous ? 'village.update' : 'village.create' },
      );
      if (previous) updated += 1;
      else added += 1;
    }
    return { added, updated };
  });
}
