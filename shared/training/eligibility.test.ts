import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '#test/support/property-runs';
import type { AttendanceSummary } from './attendance';
import { ELIGIBILITY_RANK, evaluateEligibility } from './eligibility';
import type { SubsidyThresholds } from './subsidy';

/** Eligibility: properties over random summaries and thresholds, then a table at the boundaries. */
const runs = propertyRuns(500);

const DEFAULT: SubsidyThresholds = { minAttendanceRate: 0.8, warnAttendanceRate: 0.9, minClassHours: 40 };

function summary(planned: number, held: number, attended: number, unmarked = 0): AttendanceSummary {
  return {
    plannedHours: planned,
    heldHours: held,
    attendedHours: attended,
    remainingHours: planned - held,
    unmarkedHours: unmarked,
    rate: held > 0 ? attended / held : null,
    counts: { present: 0, late: 0, absent: 0, excused: 0, unmarked: 0 },
  };
}

/** Whole half-hours, as sessions are. */
const summaryArb = fc
  .tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }))
  .map(([a, b, c]) => {
    const [attended, held, planned] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
    return summary(planned / 2, held / 2, attended / 2);
  });
const thresholdsArb: fc.Arbitrary<SubsidyThresholds> = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 120 }))
  .map(([x, y, h]) => ({
    minAttendanceRate: Math.min(x, y) / 100,
    warnAttendanceRate: Math.max(x, y) / 100,
    minClassHours: h,
  }));

describe('eligibility properties', () => {
  it('at the end of a course: eligible exactly when rate ≥ minimum and hours ≥ minimum', () => {
    fc.assert(
      fc.property(summaryArb, thresholdsArb, (s0, t) => {
        const s = summary(s0.plannedHours, s0.plannedHours, s0.attendedHours);
        const e = evaluateEligibility(s, t);
        const direct =
          s.plannedHours > 0 &&
          s.attendedHours * 100 >= t.minAttendanceRate * 100 * s.plannedHours - 1e-6 &&
          s.attendedHours >= t.minClassHours;
        expect(e.status === 'eligible').toBe(direct);
        expect(['eligible', 'not-eligible']).toContain(e.status);
      }),
      runs,
    );
  });

  it('not-eligible is final: attending more of the remaining sessions cannot undo it', () => {
    fc.assert(
      fc.property(summaryArb, thresholdsArb, fc.integer({ min: 0, max: 400 }), (s, t, extra) => {
        if (evaluateEligibility(s, t).status !== 'not-eligible') return;
        const more = Math.min(s.remainingHours, extra / 2);
        // Hold `more` hours of what remained and attend all of them.
        const later = summary(s.plannedHours, s.heldHours + more, s.attendedHours + more);
        expect(evaluateEligibility(later, t).status).toBe('not-eligible');
      }),
      runs,
    );
  });

  it('attending a held session instead of missing it never makes the outcome worse', () => {
    fc.assert(
      fc.property(summaryArb, thresholdsArb, fc.integer({ min: 1, max: 16 }), (s, t, halfHours) => {
        const h = Math.min(halfHours / 2, s.heldHours - s.attendedHours);
        if (h <= 0) return;
        const better = summary(s.plannedHours, s.heldHours, s.attendedHours + h);
        expect(ELIGIBILITY_RANK[evaluateEligibility(better, t).status]).toBeGreaterThanOrEqual(
          ELIGIBILITY_RANK[evaluateEligibility(s, t).status],
        );
      }),
      runs,
    );
  });

  it('held sessions not yet marked are never absences: not-eligible exactly when it would be with them attended', () => {
    fc.assert(
      fc.property(summaryArb, thresholdsArb, fc.integer({ min: 0, max: 400 }), (s, t, halfHours) => {
        const unmarked = Math.min(halfHours / 2, s.heldHours - s.attendedHours);
        const waiting = summary(s.plannedHours, s.heldHours, s.attendedHours, unmarked);
        const attended = summary(s.plannedHours, s.heldHours, s.attendedHours + unmarked);
        expect(evaluateEligibility(waiting, t).status === 'not-eligible').toBe(
          evaluateEligibility(attended, t).status === 'not-eligible',
        );
      }),
      runs,
    );
  });

  it('no subsidy programme: always no-subsidy, whatever the attendance', () => {
    fc.assert(
      fc.property(summaryArb, (s) => {
        expect(evaluateEligibility(s, null).status).toBe('no-subsidy');
      }),
      runs,
    );
  });
});

describe('eligibility table (80 % minimum, 90 % warning, 40 class hours)', () => {
  it.each([
    ['finished, 100 %', 48, 48, 48, 'eligible', []],
    ['finished, exactly 80 % of 50 h = 40 h', 50, 50, 40, 'eligible', ['rate.belowWarn']],
    ['finished, 79 %', 100, 100, 79, 'not-eligible', ['rate.unreachable']],
    ['finished, 100 % but only 36 hours', 36, 36, 36, 'not-eligible', ['hours.unreachable']],
    ['running, 95 % so far', 48, 20, 19, 'on-track', []],
    ['running, 85 % so far: a warning', 48, 20, 17, 'warning', ['rate.belowWarn']],
    ['running, 75 % so far but still reachable', 48, 8, 6, 'at-risk', ['rate.belowMin']],
    ['running, already missed too much', 48, 12, 0, 'not-eligible', ['rate.unreachable', 'hours.unreachable']],
    ['running, missed a little too much for the rate only', 100, 21, 0, 'not-eligible', ['rate.unreachable']],
    ['nothing held yet', 48, 0, 0, 'on-track', []],
  ] as const)('%s', (_name, planned, held, attended, status, reasons) => {
    const e = evaluateEligibility(summary(planned, held, attended), DEFAULT);
    expect(e.status).toBe(status);
    expect(e.reasons).toEqual(reasons);
  });
});

describe('sessions past without a roll-call entered (80 % minimum, 40 class hours)', () => {
  it.each([
    ['three of four sessions past, none marked: 还没点名, not "can no longer"', 48, 36, 0, 36, 'unrecorded', []],
    ['first session marked present, the next two not yet entered', 48, 36, 12, 24, 'on-track', []],
    ['first session absent, the next two not yet entered', 100, 36, 0, 24, 'at-risk', ['rate.belowMin']],
    ['all held, last one not entered: not final yet', 48, 48, 36, 12, 'on-track', []],
    [
      'missed too much even if every unentered session was attended',
      100,
      60,
      0,
      10,
      'not-eligible',
      ['rate.unreachable'],
    ],
  ] as const)('%s', (_name, planned, held, attended, unmarked, status, reasons) => {
    const e = evaluateEligibility(summary(planned, held, attended, unmarked), DEFAULT);
    expect(e.status).toBe(status);
    expect(e.reasons).toEqual(reasons);
  });
});
