import type { Job } from '#shared/entities/job';
import type { Seeker } from '#shared/entities/seeker';
import { UNKNOWN_PLACEMENT_FACTS, type Placement } from '#shared/entities/placement';
import type { Result } from '#shared/result';
import type { DoorstepDb } from '../db';
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
 * as they are), audited; answers whether it moved them. Their search keys stay with the record.
 */
async function setSeekerStatus(
  ctx: CommandContext,
  seekerId: string,
  from: Seeker['status'],
  to: Seeker['status'],
  action: string,
): Promise<boolean> {
  const seeker = await ctx.env.db.seekers.get(seekerId);
  if (!seeker || seeker.deleted || seeker.status !== from) return false;
  const { searchKeys, _stamps: _ignored, ...record } = seeker;
  await writeRecord(ctx, 'seekers', { ...record, status: to }, { action, local: { searchKeys } });
  return true;
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
 * The people a started hire should have moved to in work and has not: looking for work, not removed, with an
 * active placement whose first day has come. Read-only, in two reads by index (the active placements whole,
 * the people in work as keys only) and one read of those few people.
 */
async function dueSeekerIds(db: DoorstepDb, today: string): Promise<string[]> {
  const [active, placed] = await Promise.all([
    db.placements.where('status').equals('active').toArray(),
    db.seekers.where('status').equals('placed').primaryKeys(),
  ]);
  const inWork = new Set(placed);
  const started = active.filter((p) => !p.deleted && p.startDate <= today && !inWork.has(p.seekerId));
  const people = await db.seekers.bulkGet([...new Set(started.map((p) => p.seekerId))]);
  return people.flatMap((s) => (s && !s.deleted && s.status === 'active' ? [s.id] : []));
}

/**
 * The people whose first day of work has come: each active placement that has started moves its person from
 * looking for work to in work (audited, as on the day of a hire). Run when staff log in; idempotent. Who is due
 * is read first, outside the command: most log-ins find nobody, and the command's transaction (over every
 * table, holding up every screen's reads) then only checks the actor. Inside it each person is read again.
 */
export async function startDuePlacements(env: CommandEnv, actor: Actor): Promise<Result<{ started: number }>> {
  const today = stationDay(env.now());
  const due = await dueSeekerIds(env.db, today);
  return runCommand(env, actor, async (ctx) => {
    await requireActor(ctx, 'placements');
    let started = 0;
    for (const seekerId of due) {
      const hires = await env.db.placements.where('seekerId').equals(seekerId).toArray();
      if (!hires.some((p) => !p.deleted && p.status === 'active' && p.startDate <= today)) continue;
      if (await setSeekerStatus(ctx, seekerId, 'active', 'placed', 'seeker.placed')) started += 1;
    }
    return { started };
  });
}
