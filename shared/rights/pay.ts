import type { Facts } from './facts';
import { sourceLabel, type MinimumWage, type RowOf } from './parameters/lookup';
import type { ValueOf } from '../entities/rule-parameter';
import type { Status, Verdict } from './types';

export type HourLimits = ValueOf<'hour-limits'>;
type MinimumWageRow = RowOf<'minimum-wage'>;

/** A pass measured only against the province's lowest tier (the county's tier unrecorded): shown, never folded. */
export const LOWEST_TIER_ONLY = 'lowest-tier-only';

/**
 * Pay against the minimum wage (最低工资规定 art. 5, 12; 劳动法 art. 37 for piece rates).
 *
 * Which minimum applies: the monthly one to full-time work, the hourly one to non-full-time work. Full-time:
 * a labour contract; part-time: a part-time contract; for "none" and "labour-service" the hours decide
 * (more than 24 h/week or 4 h/day on average is full-time, 劳动合同法 art. 68), and when the hours are
 * unknown both readings are tried. A verdict is given only when every possible reading agrees
 * (the area's tier, full-time or not, the hours); otherwise it is unknown.
 *
 * Conversions (documented for staff):
 * - standard hours in a month = monthlyPayDays × standardDailyHours = 21.75 × 8 = 174 (劳社部发〔2008〕3号);
 * - full-time: monthly pay ≥ the monthly minimum; hourly pay, piece pay (rate × normal pieces per hour) and
 *   daily pay (÷ hours of a working day, at most 8) are compared with monthly minimum ÷ 174 — below it fails;
 *   at or above it but below the hourly minimum is a warning (legal only if the month reaches the monthly
 *   minimum: check the payslips);
 * - non-full-time: hourly, piece and daily pay (÷ hours of a working day, at most 8) ≥ the hourly minimum;
 *   monthly pay ÷ (weekly hours, at most 40, × 174 / 40) ≥ the hourly minimum;
 * - daily or monthly pay with unknown hours passes only if it passes for a full standard day or week, and is
 *   otherwise unknown. Overtime is not part of the comparison (its premium is another check).
 * Amounts are compared in whole fen (0.01 yuan).
 */
export type PayFacts = Pick<
  Facts,
  'payKind' | 'payAmount' | 'piecesPerHour' | 'contractKind' | 'hoursPerWeek' | 'avgHoursPerWorkDay'
>;

const fen = (yuan: number): number => Math.round(yuan * 100);
const below = (value: number, floor: number): boolean => fen(value) < fen(floor);
const money = (yuan: number): string => (Math.round(yuan * 100) / 100).toFixed(2);

interface Scenario {
  readonly status: Status;
  readonly reason: string;
  readonly value: number | null;
  readonly floor: number;
}

/** Full-time readings that are possible given what is known. */
export function fullTimeReadings(
  f: Pick<Facts, 'contractKind' | 'hoursPerWeek' | 'avgHoursPerWorkDay'>,
  limits: HourLimits,
): readonly boolean[] {
  if (f.contractKind === 'labour') return [true];
  if (f.contractKind === 'part-time') return [false];
  if (f.contractKind === null) return [true, false];
  const overWeek = f.hoursPerWeek === null ? null : f.hoursPerWeek > limits.partTimeWeeklyMax;
  const overDay = f.avgHoursPerWorkDay === null ? null : f.avgHoursPerWorkDay > limits.partTimeDailyAverageMax;
  if (overWeek === true || overDay === true) return [true];
  if (overWeek === false && overDay === false) return [false];
  return [true, false];
}

function perHour(value: number, fullTime: boolean, monthly: number, hourly: number, limits: HourLimits): Scenario {
  const monthlyPerHour = monthly / (limits.monthlyPayDays * limits.standardDailyHours);
  if (fullTime) {
    if (below(value, monthlyPerHour))
      return { status: 'fail', reason: 'below-monthly-equivalent', value, floor: monthlyPerHour };
    if (below(value, hourly)) return { status: 'warn', reason: 'below-hourly-full-time', value, floor: hourly };
    return { status: 'pass', reason: 'at-or-above', value, floor: hourly };
  }
  if (below(value, hourly)) return { status: 'fail', reason: 'below-hourly', value, floor: hourly };
  return { status: 'pass', reason: 'at-or-above', value, floor: hourly };
}

function scenario(
  f: PayFacts,
  amount: number,
  fullTime: boolean,
  monthly: number,
  hourly: number,
  limits: HourLimits,
): Scenario {
  const monthlyPerHour = monthly / (limits.monthlyPayDays * limits.standardDailyHours);
  switch (f.payKind) {
    case 'hourly':
      return perHour(amount, fullTime, monthly, hourly, limits);
    case 'piece':
      if (f.piecesPerHour === null) return { status: 'unknown', reason: 'missing', value: null, floor: hourly };
      return perHour(amount * f.piecesPerHour, fullTime, monthly, hourly, limits);
    case 'daily': {
      const floor = fullTime ? monthlyPerHour : hourly;
      const h = f.avgHoursPerWorkDay;
      if (h === null || h <= 0) {
        const v = amount / limits.standardDailyHours;
        return below(v, floor)
          ? { status: 'unknown', reason: 'hours-unknown', value: null, floor }
          : { status: 'pass', reason: 'at-or-above', value: v, floor };
      }
      const v = amount / Math.min(h, limits.standardDailyHours);
      return below(v, floor)
        ? { status: 'fail', reason: fullTime ? 'below-monthly-equivalent' : 'below-hourly', value: v, floor }
        : { status: 'pass', reason: 'at-or-above', value: v, floor };
    }
    case 'monthly': {
      if (fullTime)
        return below(amount, monthly)
          ? { status: 'fail', reason: 'below-monthly', value: amount, floor: monthly }
          : { status: 'pass', reason: 'at-or-above', value: amount, floor: monthly };
      const perWeekToMonth = (limits.monthlyPayDays * limits.standardDailyHours) / limits.standardWeeklyHours;
      const w = f.hoursPerWeek;
      if (w === null || w <= 0) {
        const v = amount / (limits.standardWeeklyHours * perWeekToMonth);
        return below(v, hourly)
          ? { status: 'unknown', reason: 'hours-unknown', value: null, floor: hourly }
          : { status: 'pass', reason: 'at-or-above', value: v, floor: hourly };
      }
      const v = amount / (Math.min(w, limits.standardWeeklyHours) * perWeekToMonth);
      return below(v, hourly)
        ? { status: 'fail', reason: 'below-hourly', value: v, floor: hourly }
        : { status: 'pass', reason: 'at-or-above', value: v, floor: hourly };
    }
    default:
      return { status: 'unknown', reason: 'missing', value: null, floor: hourly };
  }
}

const span = (values: readonly number[]): string => {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo === hi ? money(lo) : `${money(lo)}–${money(hi)}`;
};

function whichStandard(
  rows: readonly { readonly value: { readonly monthly: number; readonly hourly: number } }[],
  first: Scenario,
  sources: string,
): Readonly<Record<string, string>> {
  return {
    value: first.value === null ? '—' : money(first.value),
    hourly: span(rows.map((r) => r.value.hourly)),
    monthly: span(rows.map((r) => r.value.monthly)),
    sources,
  };
}

/** The pay's verdict against the minimum in force, or unknown when any possible reading disagrees. */
export function minimumWageVerdict(f: PayFacts, minimum: MinimumWage | null, limits: HourLimits | null): Verdict {
  if (f.payKind === null || f.payAmount === null)
    return { status: 'unknown', reason: 'missing', params: { fields: 'payKind, payAmount' } };
  if (!minimum) return { status: 'unknown', reason: 'no-minimum' };
  if (!limits) return { status: 'unknown', reason: 'no-limits' };
  const rows = minimum.kind === 'exact' ? [minimum.row] : minimum.rows;
  const amount = f.payAmount;
  const readings = fullTimeReadings(f, limits);
  const scenarios = rows.flatMap((r) =>
    readings.map((ft) => scenario(f, amount, ft, r.value.monthly, r.value.hourly, limits)),
  );
  const first = scenarios[0];
  if (!first) return { status: 'unknown', reason: 'no-minimum' };
  const sources = [...new Set(rows.map(sourceLabel))].join('; ');
  if (scenarios.some((s) => s.status === 'unknown' && s.reason === 'missing'))
    return { status: 'unknown', reason: 'missing', params: { fields: 'piecesPerHour' } };
  if (!scenarios.every((s) => s.status === first.status)) {
    // Every reading finds a problem (part-time: below the hourly minimum; full-time: legal only if the month
    // reaches the monthly minimum): never silent, a warning that says which standard applies when.
    if (readings.length > 1 && scenarios.every((s) => s.status === 'fail' || s.status === 'warn'))
      return { status: 'warn', reason: 'below-hourly-which-standard', params: whichStandard(rows, first, sources) };
    if (minimum.kind === 'tier-unknown') {
      const lowest = lowestTierVerdict(f, minimum.rows, limits);
      if (lowest) return lowest;
    }
    const reason =
      minimum.kind === 'tier-unknown' ? 'tier-unknown' : readings.length > 1 ? 'full-time-unknown' : 'hours-unknown';
    return { status: 'unknown', reason, params: { sources } };
  }
  if (first.status === 'unknown') return { status: 'unknown', reason: first.reason, params: { sources } };
  const same = scenarios.every((s) => s.reason === first.reason);
  const floors = scenarios.map((s) => s.floor);
  const lo = Math.min(...floors);
  const hi = Math.max(...floors);
  return {
    status: first.status,
    reason: same ? first.reason : first.status === 'pass' ? 'at-or-above' : 'below-minimum',
    params: {
      value: first.value === null ? '—' : money(first.value),
      floor: lo === hi ? money(lo) : `${money(lo)}–${money(hi)}`,
      sources,
    },
  };
}

/**
 * The area's tier is not recorded and the tiers disagree: the pay measured against the province's lowest tier, the
 * one standard sure to apply. Meeting it passes, labelled 按本省最低档 with every tier named and the county admin
 * asked to record the tier (in a higher tier the pay would fall short); falling short of it is that verdict
 * itself. Null when even the lowest tier gives no answer.
 */
function lowestTierVerdict(f: PayFacts, rows: readonly MinimumWageRow[], limits: HourLimits): Verdict | null {
  const lowest = [...rows].sort((a, b) => a.value.hourly - b.value.hourly || a.value.monthly - b.value.monthly)[0];
  if (!lowest) return null;
  const verdict = minimumWageVerdict(f, { kind: 'exact', row: lowest }, limits);
  if (verdict.status === 'unknown') return null;
  if (verdict.status !== 'pass') return verdict;
  return {
    status: 'pass',
    reason: LOWEST_TIER_ONLY,
    params: {
      ...verdict.params,
      monthlyTiers: span(rows.map((r) => r.value.monthly)),
      hourlyTiers: span(rows.map((r) => r.value.hourly)),
    },
  };
}
