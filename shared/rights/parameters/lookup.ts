import type { ParameterKind, ParameterRow, ValueOf } from '../../entities/rule-parameter';
import type { RuleParams } from './rule-params';

/** A row with its value narrowed to one kind. */
export type RowOf<K extends ParameterKind> = ParameterRow & { readonly value: ValueOf<K> };

function isKind<K extends ParameterKind>(kind: K) {
  return (row: ParameterRow): row is RowOf<K> => row.value.kind === kind;
}

/** Rows of a kind that cover `area` and have started by `date`. */
export function candidates<K extends ParameterKind>(
  params: RuleParams,
  kind: K,
  area: string,
  date: string,
): RowOf<K>[] {
  return params.filter(isKind(kind)).filter((r) => area.startsWith(r.areaPrefix) && r.effectiveFrom <= date);
}

/** Most specific prefix first, then the latest start; ties keep table order (stable sort). */
function byPrecedence(a: ParameterRow, b: ParameterRow): number {
  if (a.areaPrefix.length !== b.areaPrefix.length) return b.areaPrefix.length - a.areaPrefix.length;
  return a.effectiveFrom < b.effectiveFrom ? 1 : a.effectiveFrom > b.effectiveFrom ? -1 : 0;
}

/**
 * The row in force on `date` for `area`: the most specific area prefix that has a row started by `date`,
 * and of its rows the latest start. Null when no row covers the area yet.
 */
export function rowInForce<K extends ParameterKind>(
  params: RuleParams,
  kind: K,
  area: string,
  date: string,
): RowOf<K> | null {
  return candidates(params, kind, area, date).sort(byPrecedence)[0] ?? null;
}

/** The minimum wage for an area on a date: exact, or — when the area's tier is not recorded — the tiers' range. */
export type MinimumWage =
  | { readonly kind: 'exact'; readonly row: RowOf<'minimum-wage'> }
  /** The province has tiers and the area's is not recorded: one row per tier; a check may still be sure
   * when the pay is below every tier or at least every tier. */
  | { readonly kind: 'tier-unknown'; readonly rows: readonly RowOf<'minimum-wage'>[] };

/**
 * The minimum wage in force for an area on a date. Only the most specific area prefix with rows counts, and of
 * its rows only the set that starts latest: a province's notice replaces the whole earlier table (a notice may
 * merge or drop tiers, and an older tier must not linger beside the new ones), so enter every tier of a notice
 * with the same effective date. The area's recorded tier picks its row from that set; without a recorded tier
 * (or when the set has no such tier, the tiers having been redrawn) the set's tiers are all returned, unless the
 * set has a single, tier-less figure for the area.
 */
export function minimumWageFor(params: RuleParams, area: string, date: string): MinimumWage | null {
  const rows = candidates(params, 'minimum-wage', area, date);
  if (rows.length === 0) return null;
  const longest = Math.max(...rows.map((r) => r.areaPrefix.length));
  const atPrefix = rows.filter((r) => r.areaPrefix.length === longest);
  const start = atPrefix.reduce((latest, r) => (r.effectiveFrom > latest ? r.effectiveFrom : latest), '');
  const current = atPrefix.filter((r) => r.effectiveFrom === start);
  const tierRow = rowInForce(params, 'area-tier', area, date);
  const recorded = tierRow ? current.find((r) => r.value.tier === tierRow.value.tier) : undefined;
  if (recorded) return { kind: 'exact', row: recorded };
  const tierless = current.find((r) => r.value.tier === null);
  const perTier = new Map<number, RowOf<'minimum-wage'>>();
  for (const r of current) if (r.value.tier !== null && !perTier.has(r.value.tier)) perTier.set(r.value.tier, r);
  if (tierless && (perTier.size === 0 || tierRow)) return { kind: 'exact', row: tierless };
  const tiers = [...perTier.values()].sort((a, b) => (a.value.tier ?? 0) - (b.value.tier ?? 0));
  return { kind: 'tier-unknown', rows: tiers };
}

/** A row's source as checks cite it: a row nobody checked against the notice's own text says so. */
export const sourceLabel = (row: ParameterRow): string => (row.verified ? row.source : `${row.source}（未核对原文）`);

/** The monthly and hourly minimum as a range: equal ends when exact. */
export interface MinimumRange {
  readonly monthly: { readonly low: number; readonly high: number };
  readonly hourly: { readonly low: number; readonly high: number };
  readonly sources: readonly string[];
}

export function minimumRange(mw: MinimumWage): MinimumRange {
  const rows = mw.kind === 'exact' ? [mw.row] : mw.rows;
  const monthly = rows.map((r) => r.value.monthly);
  const hourly = rows.map((r) => r.value.hourly);
  return {
    monthly: { low: Math.min(...monthly), high: Math.max(...monthly) },
    hourly: { low: Math.min(...hourly), high: Math.max(...hourly) },
    sources: [...new Set(rows.map(sourceLabel))],
  };
}

/** A national-or-local value that must exist (the defaults ship a national row); null when the table lacks it. */
export function valueInForce<K extends ParameterKind>(
  params: RuleParams,
  kind: K,
  area: string | null,
  date: string,
): ValueOf<K> | null {
  return rowInForce(params, kind, area ?? '', date)?.value ?? null;
}
