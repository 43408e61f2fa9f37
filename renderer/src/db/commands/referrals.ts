import { isOpenReferral, REFERRAL_NEXT, type Referral, type ReferralStatus } from '#shared/entities/referral';
import { explainPair } from '#shared/matching/explain';
import { pairContext } from '../../matching/load';
import type { Result } from '#shared/result';
import { fail, requireActor, runCommand, writeRecord, type Actor, type CommandEnv } from './command';
import { insertPlacement } from './placements';

export interface NewReferral {
  readonly seekerId: string;
  readonly jobId: string;
  /** why staff refer a pair the engine excludes: required then, and kept in the audit log */
  readonly overrideReason?: string | null;
  /** 'referred' when the slip is handed over at once */
  readonly status?: Extract<ReferralStatus, 'suggested' | 'referred'>;
  readonly today: string;
  readonly note?: string;
}

/**
 * Puts a seeker forward for a job. The command checks the pair itself with the matching engine (the same
 * context as the lists): a pair it excludes can be included only with a written reason, which the audit log
 * keeps with the conditions overridden. One open referral per pair: a second is refused, naming the first.
 */
export async function createReferral(env: CommandEnv, actor: Actor, input: NewReferral): Promise<Result<Referral>> {
  return runCommand(env, actor, async (ctx) => {
    const staff = await requireActor(ctx, 'referrals');
    const { db } = ctx.env;
    const [seeker, job] = await Promise.all([db.seekers.get(input.seekerId), db.jobs.get(input.jobId)]);
    if (!seeker || seeker.deleted) return fail('referral.seeker', 'No such seeker');
    if (!job || job.deleted) return fail('referral.job', 'No such job');
    if (job.status !== 'open') return fail('referral.jobClosed', 'The job is closed');
    const open = await db.referrals
      .where('seekerId')
      .equals(input.seekerId)
      .filter((r) => !r.deleted && r.jobId === input.jobId && isOpenReferral(r))
      .first();
    if (open) return fail('referral.exists', 'Already referred', { params: { existingId: open.id } });
    const explanation = explainPair(seeker, job, await pairContext(db, job, input.today));
    const excluded = explanation.verdict === 'excluded';
    const overridden = excluded
      ? explanation.checks.filter((c) => c.outcome === 'fail').flatMap((c) => c.reasons.map((r) => r.code))
      : [];
    const reason = excluded ? input.overrideReason?.trim() || null : null;
    if (excluded && !reason)
      return fail('validation', 'The engine excludes this pair: a reason is needed', {
        fields: { overrideReason: 'referral.overrideReason' },
        params: { checks: overridden },
      });
    const status = input.status ?? 'suggested';
    return writeRecord(
      ctx,
      'referrals',
      {
        id: ctx.env.newId(),
        stationId: ctx.stationId,
        createdAt: ctx.env.now(),
        deleted: false,
        seekerId: seeker.id,
        jobId: job.id,
        employerId: job.employerId,
        status,
        score: excluded ? null : explanation.score,
        overrideReason: reason,
        overriddenChecks: overridden,
        referredOn: status === 'referred' ? input.today : null,
        interviewOn: null,
        outcomeReason: '',
        placementId: null,
        note: input.note ?? '',
        referredBy: staff.name,
      },
      { action: overridden.length > 0 ? 'referral.include-excluded' : 'referral.create', reason },
    );
  });
}

export interface ReferralStep {
  readonly status: ReferralStatus;
  readonly today: string;
  readonly interviewOn?: string | null;
  /** required for "not hired" */
  readonly outcomeReason?: string;
  /** required for "hired": the first day of work */
  readonly startDate?: string;
}

/**
 * Moves a referral on (suggested → referred → interviewed → hired / not hired). "Hired" writes the placement
 * (start date required) and marks the person as placed, all in one transaction.
 */
export async function advanceReferral(
  env: CommandEnv,
  actor: Actor,
  referralId: string,
  step: ReferralStep,
): Promise<Result<Referral>> {
  return runCommand(env, actor, async (ctx) => {
    await requireActor(ctx, 'referrals');
    const { db } = ctx.env;
    const referral = await db.referrals.get(referralId);
    if (!referral || referral.deleted) return fail('referral.missing', 'No such referral');
    if (!REFERRAL_NEXT[referral.status].includes(step.status)) {
      return fail('referral.step', `Cannot go from ${referral.status} to ${step.status}`, {
        params: { from: referral.status, to: step.status },
      });
    }
    const outcomeReason = step.outcomeReason?.trim() ?? referral.outcomeReason;
    if (step.status === 'not-hired' && !outcomeReason)
      return fail('validation', 'Reason needed', { fields: { outcomeReason: 'referral.outcomeReason' } });
    let placementId = referral.placementId;
    if (step.status === 'hired') {
      if (!step.startDate)
        return fail('validation', 'Start date needed', { fields: { startDate: 'referral.startDate' } });
      const job = await db.jobs.get(referral.jobId);
      if (!job) return fail('referral.job', 'No such job');
      placementId = (
        await insertPlacement(ctx, { seekerId: referral.seekerId, job, startDate: step.startDate, note: '' })
      ).id;
    }
    const { _stamps: _unused, ...current } = referral;
    return writeRecord(
      ctx,
      'referrals',
      {
        ...current,
        status: step.status,
        referredOn: step.status === 'referred' ? step.today : referral.referredOn,
        interviewOn:
          step.interviewOn !== undefined
            ? step.interviewOn
            : step.status === 'interviewed'
              ? (referral.interviewOn ?? step.today)
              : referral.interviewOn,
        outcomeReason,
        placementId,
      },
      { action: `referral.${step.status}`, reason: step.status === 'not-hired' ? outcomeReason : null },
    );
  });
}
