import type { RuleParameter } from '#shared/entities/rule-parameter';
import type { Result } from '#shared/result';
import { isCountyOffice } from '#shared/sync/tables';
import {
  fail,
  requireActor,
  runCommand,
  writeRecord,
  type Actor,
  type CommandContext,
  type CommandEnv,
} from './command';

/** A rule-parameter row as the county admin enters it. */
export type RuleParameterInput = Omit<RuleParameter, 'stationId' | 'createdAt' | 'updatedAt' | 'deleted'>;

/**
 * Adds or corrects a rule-parameter row (minimum wage, area tier, …). County-shared: every station reads it
 * on the date it checks. Only a county admin may; a row another station entered is superseded by a new row
 * (same area and start date), never edited here.
 */
export async function saveRuleParameter(
  env: CommandEnv,
  actor: Actor,
  input: RuleParameterInput,
): Promise<Result<RuleParameter>> {
  return runCommand(env, actor, async (ctx) => {
    await requireActor(ctx, 'rules');
    await requireCountyOffice(ctx);
    const existing = await ctx.env.db.ruleParameters.get(input.id);
    if (existing && existing.stationId !== ctx.stationId)
      fail('ruleParameter.otherStation', 'Entered by another station: add a new row instead');
    return writeRecord(
      ctx,
      'ruleParameters',
      { ...input, stationId: ctx.stationId, createdAt: existing?.createdAt ?? env.now(), deleted: false },
      { action: existing ? 'ruleParameter.update' : 'ruleParameter.create' },
    );
  });
}

/**
 * Rule parameters steer every station's checks: only a county office (a station set up with a county-level,
 * 6-digit area code) enters them; the county server refuses them from anywhere else.
 */
async function requireCountyOffice(ctx: CommandContext): Promise<void> {
  const station = await ctx.env.db.stations.get(ctx.stationId);
  if (!station || !isCountyOffice(station.areaCode))
    fail('ruleParameter.notCountyOffice', 'Only the county office enters rule parameters');
}

/** Withdraws a row this station entered (a tombstone: the shipped defaults or older rows apply again). */
export async function removeRuleParameter(
  env: CommandEnv,
  actor: Actor,
  id: string,
  reason: string,
): Promise<Result<RuleParameter>> {
  return runCommand(env, actor, async (ctx) => {
    await requireActor(ctx, 'rules');
    await requireCountyOffice(ctx);
    const existing =
      (await ctx.env.db.ruleParameters.get(id)) ?? fail('ruleParameter.missing', `No rule parameter ${id}`);
    if (existing.stationId !== ctx.stationId) fail('ruleParameter.otherStation', 'Entered by another station');
    if (!reason.trim()) fail('validation', 'A reason is needed', { fields: { reason: 'ruleParameter.reason' } });
    const { _stamps: _s, updatedAt: _u, ...record } = existing;
    return writeRecord(ctx, 'ruleParameters', { ...record, deleted: true }, { action: 'ruleParameter.remove', reason });
  });
}
