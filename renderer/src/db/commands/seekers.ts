import type { Seeker } from '#shared/entities/seeker';
import { countyConsented } from '#shared/privacy/county-release';
import { checkSeeker, duplicateVerdict } from '#shared/registry/seeker-rules';
import { recordSearchKeys } from '#shared/registry/search-keys';
import { ok, type Result } from '#shared/result';
import { loadPinyin } from '../../registry/pinyin';
import { stationDay } from '../../state/station-day';
import {
  appendAudit,
  fail,
  requireActor,
  runCommand,
  writeNewRecords,
  writeRecord,
  type Actor,
  type CommandContext,
  type CommandEnv,
} from './command';
import { resendToCounty } from './county-resend';
import type { ImportRow } from './import-row';
import { recordsWithAny, storedIds } from './stored-ids';

export type SeekerInput = Omit<Seeker, 'stationId' | 'createdAt' | 'updatedAt' | 'deleted'>;

async function findDuplicates(ctx: CommandContext, s: SeekerInput) {
  const { seekers } = ctx.env.db;
  const live = (rows: readonly { id: string; deleted: boolean }[]) => rows.filter((r) => !r.deleted).map((r) => r.id);
  return duplicateVerdict(s.id, {
    sameIdNumber: s.idNumber ? live(await seekers.where('idNumber').equals(s.idNumber).toArray()) : [],
    samePhone: s.phone ? live(await seekers.where('phone').equals(s.phone).toArray()) : [],
    sameNameAndBirthDate: live(await seekers.where('[name+birthDate]').equals([s.name.trim(), s.birthDate]).toArray()),
  });
}

/**
 * Registers or updates a seeker. The same ID number blocks (the error names the existing person); the same
 * phone, or the same name and birth date, needs `duplicateReason`, which the audit log keeps.
 */
export async function saveSeeker(
  env: CommandEnv,
  actor: Actor,
  input: SeekerInput,
  duplicateReason?: string,
): Promise<Result<Seeker>> {
  const py = await loadPinyin();
  const searchKeys = recordSearchKeys('seekers', input, py);
  return runCommand(env, actor, async (ctx) => {
    await requireActor(ctx, 'seekers');
    const today = stationDay(env.now());
    const { errors } = checkSeeker(input, today);
    if (errors.length > 0) {
      const fields = Object.fromEntries(errors.map((e) => [e.field, e.code]));
      fail('validation', `Seeker rules: ${JSON.stringify(fields)}`, { fields });
    }
    const verdict = await findDuplicates(ctx, input);
    if (verdict.kind === 'block')
      fail('seeker.duplicateId', 'Same ID number registered', { params: { existingId: verdict.existingId } });
    const reason = duplicateReason?.trim() ?? '';
    if (verdict.kind === 'warn' && !reason) {
      fail('seeker.duplicateWarn', 'Looks like a person already registered', {
        params: { reasons: verdict.reasons, existingIds: verdict.existingIds },
      });
    }
    const existing = await ctx.env.db.seekers.get(input.id);
    if (existing?.deleted) fail('record.notFound', 'Seeker was removed');
    const saved = await writeRecord(
      ctx,
      'seekers',
      {
        ...input,
        stationId: existing?.stationId ?? ctx.stationId,
        createdAt: existing?.createdAt ?? env.now(),
        deleted: false,
      },
      {
        action: existing ? 'seeker.update' : 'seeker.create',
        reason: verdict.kind === 'warn' ? reason : null,
        local: { searchKeys },
      },
    );
    // Consent to the county given now: the county held this person only pseudonymously until now.
    if (existing && !countyConsented(existing.consent) && countyConsented(saved.consent))
      await resendToCounty(ctx, saved.id);
    return saved;
  });
}

/**
 * Consent withdrawn: the person leaves matching and lists, and the record becomes a tombstone. The change tells
 * the county to erase the person's identity everywhere it keeps it (server/src/sync/erase-person.ts); from now on
 * nothing of theirs leaves this PC but the pseudonymous record (shared/privacy/county-release.ts).
 */
export async function withdrawConsent(env: CommandEnv, actor: Actor, seekerId: string): Promise<Result<Seeker>> {
  return runCommand(env, actor, async (ctx) => {
    await requireActor(ctx, 'seekers');
    const row = (await ctx.env.db.seekers.get(seekerId)) ?? fail('record.notFound', 'No seeker');
    const { updatedAt: _u, searchKeys: _k, ...current } = row;
    return writeRecord(
      ctx,
      'seekers',
      {
        ...current,
        status: 'withdrawn',
        deleted: true,
        consent: { ...current.consent, withdrawnOn: stationDay(env.now()) },
      },
      { action: 'seeker.withdraw-consent', local: { searchKeys: [] } },
    );
  });
}

/** Shows an ID number or phone in full: needs a reason, and the audit log records who, when and why. */
export async function revealSeekerField(
  env: CommandEnv,
  actor: Actor,
  seekerId: string,
  field: 'idNumber' | 'phone',
  reason: string,
): Promise<Result<string>> {
  return runCommand(env, actor, async (ctx) => {
    await requireActor(ctx, 'seekers');
    if (reason.trim().length < 2) fail('validation', 'A reason is needed', { fields: { reason: 'reveal.reason' } });
    const row = (await ctx.env.db.seekers.get(seekerId)) ?? fail('record.notFound', 'No seeker');
    await appendAudit(ctx, {
      action: 'seeker.reveal',
      table: 'seekers',
      recordId: seekerId,
      fields: [field],
      reason: reason.trim(),
    });
    return row[field] ?? '';
  });
}

/**
 * Imports checked rows in ONE command: all land or none. An ID number registered meanwhile by someone else
 * stops the whole command (the preview is then out of date) rather than saving part of it. Rows whose id is
 * stored already landed in an earlier attempt of the same import and are skipped (`already`), so a retry never
 * stores a person twice. A large file goes in as several such commands (`saveInBatches`).
 */
export async function importSeekerBatch(
  env: CommandEnv,
  actor: Actor,
  rows: readonly ImportRow<Omit<SeekerInput, 'id'>>[],
): Promise<Result<{ added: number; already: number }>> {
  const py = await loadPinyin();
  const keyed = rows.map((r) => ({ ...r, searchKeys: recordSearchKeys('seekers', r.draft, py) }));
  return runCommand(env, actor, async (ctx) => {
    await requireActor(ctx, 'seekers');
    if (keyed.length === 0) fail('import.empty', 'Nothing to import');
    const { seekers } = ctx.env.db;
    const stored = await storedIds(
      seekers,
      keyed.map((r) => r.id),
    );
    const fresh = keyed.filter((r) => !stored.has(r.id));
    const ids = fresh.flatMap(({ draft }) => (draft.idNumber ? [draft.idNumber] : []));
    const taken = (await recordsWithAny(seekers, 'idNumber', ids)).filter((s) => !s.deleted);
    if (taken[0])
      fail('seeker.duplicateId', `ID ${taken[0].idNumber ?? ''} registered meanwhile`, {
        params: { existingId: taken[0].id },
      });
    const createdAt = env.now();
    const added = await writeNewRecords(
      ctx,
      'seekers',
      fresh.map(({ id, draft, searchKeys }) => ({
        input: { ...draft, id, stationId: ctx.stationId, createdAt, deleted: false },
        local: { searchKeys },
      })),
      'seeker.import',
    );
    return { added, already: stored.size };
  });
}

/** Imports drafts in ONE command (new ids for all): all land or none. */
export async function importSeekers(
  env: CommandEnv,
  actor: Actor,
  drafts: readonly Omit<SeekerInput, 'id'>[],
): Promise<Result<{ added: number }>> {
  const r = await importSeekerBatch(
    env,
    actor,
    drafts.map((draft) => ({ id: env.newId(), draft })),
  );
  return r.ok ? ok({ added: r.value.added }) : r;
}
