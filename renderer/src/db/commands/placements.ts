import type { Job } from '#shared/entities/job';
import type { Seeker } from '#shared/entities/seeker';
import { UNKNOWN_PLACEMENT_FACTS, type Placement } from '#shared/entities/placement';
import type { Result } from '#shared/result';
import { stationDay } from '../../state/station-day';
import { requireActor, runCommand, writeRecord, type Actor, type CommandContext, type CommandEnv } from './command';

export interface NewPlacement {
  readonly seekerId: string;
  readonly job: Job;
  /** first day of work (用工之日) */
  readonly startDate: string;
  readonly note?: string;
}

/**
 * Moves a person between "looking for work" and "in work" (from → to only: a paused or withdrawn person is left
 * as they are), audited. Their search keys stay with the record.
 */
async function setSeekerStatus(
  ctx: CommandContext,
  seekerId: string,
  from: Seeker['status'],
  to: Seeker['status'],
  action: string,
): Promise<void> {
  const seeker = await ctx.env.db.seekers.get(seekerId);
  if (!seeker || seeker.deleted || seeker.status !== from) return;
  const { searchKeys, _stamps: _ignored, ...record } = seeker;
  await writeRecord(ctx, 'seekers', { ...record, status: to }, { action, local: { searchKeys } });
}

/**
 * After a placement ends: the person is looking for work again (matching sees them) unless another placement
 * of theirs is still active.
 */
export async function afterPlacementEnded(ctx: CommandContext, seekerId: string): Promise<void> {
  const others = await ctx.env.db.placements
    .where('seekerId')
    .equals(seekerId)
    .filter((p) => !p.deleted && p.status === 'active')
    .count();
  if (others === 0) await setSeekerStatus(ctx, seekerId, 'placed', 'active', 'seeker.available');
}

/**
 * Writes a new placement inside a running command (the referral that ends in "hired", or the placement
 * form), and marks the person as in work once the first day of work has come: a hire that starts later leaves
 * them looking for work until then (`startDuePlacements` moves them on that day). The contract and insurance
 * are 'unknown' until someone asks: the follow-up visits fill them in.
 */
export async function insertPlacement(ctx: CommandContext, input: NewPlacement): Promise<Placement> {
  const { job } = input;
  if (input.startDate <= stationDay(ctx.env.now()))
    await setSeekerStatus(ctx, input.seekerId, 'active', 'placed', 'seeker.placed');
  return writeRecord(
    ctx,
    'placements',
    {
      id: ctx.env.newId(),
      stationId: ctx.stationId,
      createdAt: ctx.env.now(),
      deleted: false,
      seekerId: input.seekerId,
      jobId: job.id,
      employerId: job.employerId,
      status: 'active',
      startDate: input.startDate,
      contractKind: job.contractKind,
      wage: job.pay,
      ...UNKNOWN_PLACEMENT_FACTS,
      note: input.note ?? '',
    },
    { action: 'placement.create' },
  );
}

/**
 * The people whose first day of work has come: each active placement that has started moves its person from
 * looking for work to in work (audited, as on the day of a hire). Run when staff log in; idempotent.
 */
export async function startDuePlacements(env: CommandEnv, actor: Actor): Promise<Result<{ started: number }>> {
  return runCommand(env, actor, async (ctx) => {
    await requireActor(ctx, 'placements');
    const today = stationDay(env.now());
    const due = await env.db.placements
      .where('status')
      .equals('active')
      .filter((p) => !p.deleted && p.startDate <= today)
      .toArray();
    // A year of placements is thousands and this runs at every log-in: the people already in work are known
    // by the status index (keys only), and only the others are read, in one go.
    const placed = new Set(await env.db.seekers.where('status').equals('placed').primaryKeys());
    const seekerIds = [...new Set(due.map((p) => p.seekerId))].filter((id) => !placed.has(id));
    const seekers = await env.db.seekers.bulkGet(seekerIds);
    let started = 0;
    for (const seeker of seekers) {
      if (!seeker || seeker.deleted || seeker.status !== 'active') continue;
      await setSeekerStatus(ctx, seeker.id, 'active', 'placed', 'seeker.placed');
      started += 1;
    }
    return { started };
  });
}
