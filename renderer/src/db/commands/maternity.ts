import type { Seeker } from '#shared/entities/seeker';
import type { Result } from '#shared/result';
import {
  fail,
  requireActor,
  runCommand,
  writeRecord,
  type Actor,
  type CommandContext,
  type CommandEnv,
} from './command';

/** What staff learn about a woman's pregnancy and breastfeeding (at registration, on a placement, at a visit). */
export interface MaternityInput {
  readonly pregnant: boolean;
  readonly pregnancyDueDate: string | null;
  readonly breastfeedingChildBirthDate: string | null;
}

/** The seeker's maternity facts as the forms show them. */
export const maternityOf = (s: Partial<Pick<Seeker, keyof MaternityInput>> | null | undefined): MaternityInput => ({
  pregnant: s?.pregnant ?? false,
  pregnancyDueDate: s?.pregnancyDueDate ?? null,
  breastfeedingChildBirthDate: s?.breastfeedingChildBirthDate ?? null,
});

const same = (a: MaternityInput, b: MaternityInput): boolean =>
  a.pregnant === b.pregnant &&
  a.pregnancyDueDate === b.pregnancyDueDate &&
  a.breastfeedingChildBirthDate === b.breastfeedingChildBirthDate;

/**
 * Writes the facts onto the seeker inside a running command (validated by the seeker schema), audited; nothing
 * when they are unchanged. A due date means pregnant. Men have none of these facts.
 */
export async function writeMaternity(ctx: CommandContext, seekerId: string, input: MaternityInput): Promise<void> {
  const seeker =
    (await ctx.env.db.seekers.get(seekerId)) ??
    fail('validation', 'No such seeker', { fields: { seekerId: 'placement.seeker' } });
  if (seeker.deleted) fail('validation', 'Seeker removed', { fields: { seekerId: 'placement.seeker' } });
  if (seeker.sex !== 'female') return;
  const next: MaternityInput = { ...input, pregnant: input.pregnant || input.pregnancyDueDate !== null };
  if (same(maternityOf(seeker), next)) return;
  const { searchKeys, _stamps: _ignored, ...record } = seeker;
  await writeRecord(ctx, 'seekers', { ...record, ...next }, { action: 'seeker.maternity', local: { searchKeys } });
}

/** The placement page's "pregnancy and breastfeeding" card: updates the seeker the placement is about. */
export async function updateMaternity(
  env: CommandEnv,
  actor: Actor,
  seekerId: string,
  input: MaternityInput,
): Promise<Result<MaternityInput>> {
  return runCommand(env, actor, async (ctx) => {
    await requireActor(ctx, 'placements');
    await writeMaternity(ctx, seekerId, input);
    return input;
  });
}
