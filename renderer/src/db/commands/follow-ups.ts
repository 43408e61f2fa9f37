import { evaluateVisit } from '#shared/rights/follow-up';
import type { Placement } from '#shared/entities/placement';
import type { Visit, VisitAnswer, VisitKind } from '#shared/entities/visit';
import { toStored } from '#shared/rights/stored';
import type { Result } from '#shared/result';
import { loadRuleParams } from '../rule-params';
import { fail, requireActor, runCommand, writeRecord, type Actor, type CommandEnv } from './command';
import { afterPlacementEnded, insertPlacement } from './placements';
import { writeMaternity, type MaternityInput } from './maternity';

export interface RegisterPlacementInput {
  readonly seekerId: string;
  readonly jobId: string;
  readonly startDate: string;
  readonly note?: string;
}

/** "登记上岗": records that a seeker started work in a job, without a referral (the placement form). */
export async function registerPlacement(
  env: CommandEnv,
  actor: Actor,
  input: RegisterPlacementInput,
): Promise<Result<Placement>> {
  return runCommand(env, actor, async (ctx) => {
    await requireActor(ctx, 'placements');
    const seeker = await ctx.env.db.seekers.get(input.seekerId);
    if (!seeker || seeker.deleted) fail('validation', 'No such seeker', { fields: { seekerId: 'placement.seeker' } });
    const job = await ctx.env.db.jobs.get(input.jobId);
    if (!job || job.deleted) return fail('validation', 'No such job', { fields: { jobId: 'placement.job' } });
    const same = await ctx.env.db.placements
      .where('seekerId')
      .equals(input.seekerId)
      .filter((p) => !p.deleted && p.status === 'active' && p.jobId === input.jobId)
      .first();
    if (same) fail('placement.duplicate', 'Already placed in this job', { params: { existingId: same.id } });
    const { searchKeys: _k, _stamps: _s, ...record } = job;
    return insertPlacement(ctx, {
      seekerId: input.seekerId,
      job: record,
      startDate: input.startDate,
      note: input.note ?? '',
    });
  });
}

/** What staff may correct on a placement: not who, which job or which station. */
export type PlacementEdit = Omit<
  Placement,
  'stationId' | 'createdAt' | 'updatedAt' | 'deleted' | 'seekerId' | 'jobId' | 'employerId'
>;

/** Contract status, signing date, insurance, actual hours and pay, end of work: what the visits find out. */
export async function updatePlacement(env: CommandEnv, actor: Actor, input: PlacementEdit): Promise<Result<Placement>> {
  return runCommand(env, actor, async (ctx) => {
    await requireActor(ctx, 'placements');
    const existing =
      (await ctx.env.db.placements.get(input.id)) ?? fail('placement.missing', `No placement ${input.id}`);
    if (existing.deleted) fail('placement.missing', `Placement ${input.id} was removed`);
    const saved = await writeRecord(
      ctx,
      'placements',
      {
        ...input,
        seekerId: existing.seekerId,
        jobId: existing.jobId,
        employerId: existing.employerId,
        stationId: existing.stationId,
        createdAt: existing.createdAt,
        deleted: false,
      },
      { action: 'placement.update' },
    );
    if (existing.status === 'active' && saved.status === 'ended') await afterPlacementEnded(ctx, saved.seekerId);
    return saved;
  });
}

export interface VisitInput {
  readonly placementId: string;
  readonly kind: VisitKind;
  readonly visitedOn: string;
  readonly answers: readonly VisitAnswer[];
  readonly note: string;
  /** pregnancy and breastfeeding as learnt at the visit: written onto the seeker before the checks run */
  readonly maternity?: MaternityInput;
  /** the contract and social insurance as learnt at the visit: written onto the placement before the checks run */
  readonly contract?: VisitContractFacts;
}

/** What a visit asks about the contract and insurance: kept on the placement, the one place these facts live. */
export type VisitContractFacts = Pick<
  Placement,
  'contractKind' | 'contractStatus' | 'contractSignedOn' | 'socialInsuranceStatus' | 'socialInsuranceRegisteredOn'
>;

/**
 * Records a follow-up visit (append-only): the automatic checks over the placement as it stands, together
 * with the worker's answers, evaluated on the visit's date and stored with it. A scheduled visit (1 week,
 * 1 month, 3 months) is recorded once; extra visits as often as needed.
 */
export async function recordVisit(env: CommandEnv, actor: Actor, input: VisitInput): Promise<Result<Visit>> {
  return runCommand(env, actor, async (ctx) => {
    const staff = await requireActor(ctx, 'placements');
    const { db } = ctx.env;
    const stored =
      (await db.placements.get(input.placementId)) ?? fail('placement.missing', `No placement ${input.placementId}`);
    if (stored.deleted) fail('placement.missing', 'Placement removed');
    const { _stamps: _ignored, ...current } = stored;
    const changed =
      input.contract !== undefined &&
      (Object.keys(input.contract) as (keyof VisitContractFacts)[]).some((k) => input.contract?.[k] !== current[k]);
    const placement = changed
      ? await writeRecord(ctx, 'placements', { ...current, ...input.contract }, { action: 'placement.update' })
      : current;
    if (input.visitedOn < placement.startDate)
      fail('validation', 'Visit before the start', { fields: { visitedOn: 'visit.beforeStart' } });
    if (input.kind !== 'extra') {
      const done = await db.visits
        .where('placementId')
        .equals(placement.id)
        .filter((v) => v.kind === input.kind && !v.deleted)
        .first();
      if (done) fail('visit.duplicate', 'This visit is already recorded', { params: { existingId: done.id } });
    }
    if (input.maternity) await writeMaternity(ctx, placement.seekerId, input.maternity);
    const [job, seeker, employer, station] = await Promise.all([
      db.jobs.get(placement.jobId),
      db.seekers.get(placement.seekerId),
      db.employers.get(placement.employerId),
      db.stations.get(ctx.stationId),
    ]);
    const params = await loadRuleParams(db);
    const result = evaluateVisit({
      placement,
      job: job ?? null,
      person: seeker ?? null,
      areaCode: employer?.villageCode ?? station?.areaCode ?? null,
      answers: input.answers,
      params,
      date: input.visitedOn,
    });
    return writeRecord(
      ctx,
      'visits',
      {
        id: env.newId(),
        stationId: ctx.stationId,
        createdAt: env.now(),
        deleted: false,
        placementId: placement.id,
        kind: input.kind,
        visitedOn: input.visitedOn,
        recordedBy: staff.name,
        answers: [...input.answers],
        findings: toStored(result.findings),
        note: input.note,
      },
      { action: 'visit.create' },
    );
  });
}
