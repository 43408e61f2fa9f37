import type { Employer } from '#shared/entities/employer';
import type { Job } from '#shared/entities/job';
import type { StoredFinding } from '#shared/entities/stored-finding';
import { recordSearchKeys } from '#shared/registry/search-keys';
import { ok, type Result } from '#shared/result';
import { loadPinyin } from '../../registry/pinyin';
import { toStored } from '#shared/rights/stored';
import { checkPosting } from '../../rights/posting-check';
import { loadRuleParams } from '../rule-params';
import {
  fail,
  requireActor,
  runCommand,
  writeNewRecords,
  writeRecord,
  type Actor,
  type CommandContext,
  type CommandEnv,
} from './command';
import { stationDay } from '../../state/station-day';
import type { ImportRow } from './import-row';
import { storedIds } from './stored-ids';

export type EmployerInput = Omit<Employer, 'stationId' | 'createdAt' | 'updatedAt' | 'deleted'>;
/** `rightsFindings` is not an input: the save computes it (the rights pre-screen). */
export type JobInput = Omit<Job, 'stationId' | 'createdAt' | 'updatedAt' | 'deleted' | 'rightsFindings'>;

/** The rights pre-screen of postings as they are saved: the employer's village, else the station's area. */
async function postingChecker(
  ctx: CommandContext,
): Promise<(job: Omit<JobInput, 'id'>, employer: Pick<Employer, 'villageCode'> | undefined) => StoredFinding[]> {
  const params = await loadRuleParams(ctx.env.db);
  const station = await ctx.env.db.stations.get(ctx.stationId);
  const today = stationDay(ctx.env.now());
  return (job, employer) =>
    toStored(checkPosting(job, employer?.villageCode, station?.areaCode, params, today).findings);
}

/** Registers or updates an employer; a credit code already registered to another employer is refused. */
export async function saveEmployer(env: CommandEnv, actor: Actor, input: EmployerInput): Promise<Result<Employer>> {
  const searchKeys = recordSearchKeys('employers', input, await loadPinyin());
  return runCommand(env, actor, async (ctx) => {
    await requireActor(ctx, 'employers');
    if (input.creditCode) {
      const same = await ctx.env.db.employers
        .where('creditCode')
        .equals(input.creditCode)
        .filter((e) => !e.deleted && e.id !== input.id)
        .first();
      if (same)
        fail('validation', 'Credit code already registered', {
          fields: { creditCode: 'creditCode.taken' },
          params: { existingId: same.id },
        });
    }
    const existing = await ctx.env.db.employers.get(input.id);
    return writeRecord(
      ctx,
      'employers',
      {
        ...input,
        stationId: existing?.stationId ?? ctx.stationId,
        createdAt: existing?.createdAt ?? env.now(),
        deleted: false,
      },
      { action: existing ? 'employer.update' : 'employer.create', local: { searchKeys } },
    );
  });
}

/** Posts or updates a job; its employer must exist. */
export async function saveJob(env: CommandEnv, actor: Actor, input: JobInput): Promise<Result<Job>> {
  const searchKeys = recordSearchKeys('jobs', input, await loadPinyin());
  return runCommand(env, actor, async (ctx) => {
    await requireActor(ctx, 'employers');
    const employer = await ctx.env.db.employers.get(input.employerId);
    if (!employer || employer.deleted)
      fail('validation', 'No such employer', { fields: { employerId: 'job.employer' } });
    if (input.endDate && input.endDate < input.startDate)
      fail('validation', 'Ends before it starts', { fields: { endDate: 'date.order' } });
    const existing = await ctx.env.db.jobs.get(input.id);
    const rightsFindings = (await postingChecker(ctx))(input, employer);
    return writeRecord(
      ctx,
      'jobs',
      {
        ...input,
        rightsFindings,
        stationId: existing?.stationId ?? ctx.stationId,
        createdAt: existing?.createdAt ?? env.now(),
        deleted: false,
      },
      { action: existing ? 'job.update' : 'job.create', local: { searchKeys } },
    );
  });
}

/**
 * Imports checked job postings in ONE command; each employer must still exist. Rows whose id is stored already
 * landed in an earlier attempt of the same import and are skipped (`already`): a retry never posts a job twice.
 */
export async function importJobBatch(
  env: CommandEnv,
  actor: Actor,
  rows: readonly ImportRow<Omit<JobInput, 'id'>>[],
): Promise<Result<{ added: number; already: number }>> {
  const py = await loadPinyin();
  const keyed = rows.map((r) => ({ ...r, searchKeys: recordSearchKeys('jobs', r.draft, py) }));
  return runCommand(env, actor, async (ctx) => {
    await requireActor(ctx, 'employers');
    if (keyed.length === 0) fail('import.empty', 'Nothing to import');
    const stored = await storedIds(
      ctx.env.db.jobs,
      keyed.map((r) => r.id),
    );
    const fresh = keyed.filter((r) => !stored.has(r.id));
    const employerIds = [...new Set(fresh.map((k) => k.draft.employerId))];
    const found = await ctx.env.db.employers.bulkGet(employerIds);
    if (found.some((e) => !e || e.deleted)) fail('import.employer', 'An employer was removed meanwhile');
    const byId = new Map(found.flatMap((e) => (e ? [[e.id, e] as const] : [])));
    const check = await postingChecker(ctx);
    const createdAt = env.now();
    const added = await writeNewRecords(
      ctx,
      'jobs',
      fresh.map(({ id, draft, searchKeys }) => ({
        input: {
          ...draft,
          rightsFindings: check(draft, byId.get(draft.employerId)),
          id,
          stationId: ctx.stationId,
          createdAt,
          deleted: false,
        },
        local: { searchKeys },
      })),
      'job.import',
    );
    return { added, already: stored.size };
  });
}

/** Imports checked job postings in ONE command (new ids for all): all land or none. */
export async function importJobs(
  env: CommandEnv,
  actor: Actor,
  drafts: readonly Omit<JobInput, 'id'>[],
): Promise<Result<{ added: number }>> {
  const r = await importJobBatch(
    env,
    actor,
    drafts.map((draft) => ({ id: env.newId(), draft })),
  );
  return r.ok ? ok({ added: r.value.added }) : r;
}
