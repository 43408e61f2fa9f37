import { DEFAULT_PARAMETER_ROWS } from '#shared/rights/parameters/defaults';
import { paramsFromRecords, type RuleParams } from '#shared/rights/parameters/rule-params';
import type { RuleParameter } from '#shared/entities/rule-parameter';
import type { DoorstepDb } from './db';

/**
 * The parameters in force: the county's records (synced) before the shipped defaults, newest change first, so
 * that a county row for the same area and start date replaces a shipped one or an older county row (the
 * lookup keeps table order on ties).
 */
export function paramsInForce(records: readonly RuleParameter[]): RuleParams {
  const live = [...records].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  return [...paramsFromRecords(live), ...DEFAULT_PARAMETER_ROWS];
}

export async function loadRuleParams(db: DoorstepDb): Promise<RuleParams> {
  return paramsInForce(await db.ruleParameters.toArray());
}
