import type { ParameterRow, RuleParameter } from '../../entities/rule-parameter';

/** What the checks are given: every row in force somewhere at some time; lookups pick by area and date. */
export type RuleParams = readonly ParameterRow[];

/** The engine's parameters from stored records: tombstones dropped. */
export function paramsFromRecords(records: readonly RuleParameter[]): RuleParams {
  return records
    .filter((r) => !r.deleted)
    .map(({ areaPrefix, effectiveFrom, source, verified, note, value }) => ({
      areaPrefix,
      effectiveFrom,
      source,
      verified,
      note,
      value,
    }));
}
