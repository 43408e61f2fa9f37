import type { AttendanceSummary } from './attendance';
import type { SubsidyThresholds } from './subsidy';

/**
 * Whether a trainee qualifies for the course's subsidy, from their attendance summary and the course's
 * thresholds. A pure fold: the same summary and thresholds always give the same answer.
 *
 * A held session with no mark yet (the roll-call was not entered) is neither attended nor missed here: its
 * hours stay open, like a session still to come, so a late roll-call never reads as an absence.
 *
 * - `eligible`: every session held and marked, rate ≥ minimum, attended hours ≥ minimum class hours.
 * - `not-eligible`: can no longer qualify, even attending every open session (to come or not yet marked).
 * - `unrecorded`: sessions are past but none of them has a mark for this trainee yet (还没点名).
 * - while the course runs: `at-risk` (rate over the marked sessions under the minimum), `warning` (under the
 *   warning line), `on-track`.
 * - `no-subsidy`: the course has no subsidy programme.
 */
export const ELIGIBILITY_STATUS = [
  'eligible',
  'on-track',
  'unrecorded',
  'warning',
  'at-risk',
  'not-eligible',
  'no-subsidy',
] as const;
export type EligibilityStatus = (typeof ELIGIBILITY_STATUS)[number];
export type EligibilityReason = 'rate.belowMin' | 'rate.belowWarn' | 'hours.unreachable' | 'rate.unreachable';

export interface Eligibility {
  readonly status: EligibilityStatus;
  readonly reasons: readonly EligibilityReason[];
  /** the best rate still reachable by attending everything open, null when nothing is planned */
  readonly bestRate: number | null;
}

/** Rates are compared with a small tolerance so that 0.8 of 40 hours is 32 hours, not 31.999… */
const EPS = 1e-9;
const atLeast = (value: number, threshold: number): boolean => value + EPS >= threshold;

export function evaluateEligibility(summary: AttendanceSummary, thresholds: SubsidyThresholds | null): Eligibility {
  const { plannedHours, heldHours, attendedHours, remainingHours, unmarkedHours } = summary;
  const openHours = remainingHours + unmarkedHours;
  const markedHours = heldHours - unmarkedHours;
  const rate = markedHours > EPS ? attendedHours / markedHours : null;
  const bestHours = attendedHours + openHours;
  const bestRate = plannedHours > 0 ? bestHours / plannedHours : null;
  if (!thresholds) return { status: 'no-subsidy', reasons: [], bestRate };
  const reasons: EligibilityReason[] = [];
  if (bestRate === null || !atLeast(bestRate, thresholds.minAttendanceRate)) reasons.push('rate.unreachable');
  if (!atLeast(bestHours, thresholds.minClassHours)) reasons.push('hours.unreachable');
  if (reasons.length > 0) return { status: 'not-eligible', reasons, bestRate };
  if (openHours <= EPS) {
    // Every session held and marked: bestRate is the rate, bestHours the hours, both above the minimums.
    if (rate !== null && !atLeast(rate, thresholds.warnAttendanceRate)) reasons.push('rate.belowWarn');
    return { status: 'eligible', reasons, bestRate };
  }
  if (rate === null && unmarkedHours > EPS) return { status: 'unrecorded', reasons, bestRate };
  if (rate !== null && !atLeast(rate, thresholds.minAttendanceRate))
    return { status: 'at-risk', reasons: [...reasons, 'rate.belowMin'], bestRate };
  if (rate !== null && !atLeast(rate, thresholds.warnAttendanceRate))
    return { status: 'warning', reasons: [...reasons, 'rate.belowWarn'], bestRate };
  return { status: 'on-track', reasons, bestRate };
}

/** Worst first: how the screens sort trainees who need attention. */
export const ELIGIBILITY_RANK: Readonly<Record<EligibilityStatus, number>> = {
  'not-eligible': 0,
  'at-risk': 1,
  warning: 2,
  unrecorded: 3,
  'on-track': 4,
  eligible: 5,
  'no-subsidy': 6,
};
