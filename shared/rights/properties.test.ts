import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '#test/support/property-runs';
import { fromDayNumber, dayNumber } from './dates';
import { evaluateCheck } from './engine';
import { FACT_KEYS, type Facts } from './facts';
import { DEFAULT_PARAMETER_ROWS } from './parameters/defaults';
import type { ParameterRow } from '../entities/rule-parameter';
import type { RuleParams } from './parameters/rule-params';
import type { Finding } from './types';
import { LOWEST_TIER_ONLY } from './pay';
import { CHECKS } from './rule-table';

/**
 * Properties of the rule engine over random cases (fast-check prints the seed and the shrunk case of any
 * failure; set FC_SEED to replay one).
 */
const TIER2: ParameterRow = {
  areaPrefix: '411000',
  effectiveFrom: '2022-01-01',
  source: 'county admin',
  verified: true,
  note: '',
  value: { kind: 'area-tier', tier: 2 },
};
const PARAMS = [...DEFAULT_PARAMETER_ROWS, TIER2];
/** The same county recorded in Henan's lowest tier. */
const LOWEST_TIER: ParameterRow = { ...TIER2, value: { kind: 'area-tier', tier: 3 } };
const runs = propertyRuns(400);

const date = (from: string, to: string) => fc.integer({ min: dayNumber(from), max: dayNumber(to) }).map(fromDayNumber);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null, freq: 6 });
const halves = (max: number) => fc.integer({ min: 0, max: max * 2 }).map((x) => x / 2);

const factsArb: fc.Arbitrary<Facts> = fc.record({
  areaCode: maybe(fc.constantFrom('411000101201', '410100101201', '310101001001', '110101001001', '522626101201')),
  postingText: maybe(
    fc.constantFrom(
      '缝纫工，月结',
      '限女性，35岁以下',
      '入职交押金',
      '14岁以上',
      '男女不限，无押金',
      '本地户口，无乙肝',
    ),
  ),
  workplace: maybe(fc.constantFrom('on-site' as const, 'home-based' as const)),
  contractKind: maybe(
    fc.constantFrom('labour' as const, 'part-time' as const, 'labour-service' as const, 'none' as const),
  ),
  payKind: maybe(fc.constantFrom('monthly' as const, 'daily' as const, 'hourly' as const, 'piece' as const)),
  payAmount: maybe(fc.integer({ min: 1, max: 40_000 }).map((x) => x / 10)),
  piecesPerHour: maybe(fc.integer({ min: 1, max: 80 })),
  hoursPerWeek: maybe(halves(84)),
  maxHoursPerDay: maybe(halves(16)),
  avgHoursPerWorkDay: maybe(halves(14)),
  restDaysPerWeek: maybe(fc.integer({ min: 0, max: 7 })),
  overtimeHoursLastMonth: maybe(halves(60)),
  overtimePaidAtPremium: maybe(fc.boolean()),
  birthDate: maybe(date('1950-01-01', '2014-12-31')),
  sex: maybe(fc.constantFrom('male' as const, 'female' as const)),
  retirementPost: maybe(fc.constantFrom('cadre' as const, 'worker' as const)),
  drawsPension: maybe(fc.boolean()),
  pregnancyMonths: maybe(fc.integer({ min: 0, max: 9 })),
  breastfeedingUnderOne: maybe(fc.boolean()),
  nightOrOvertimeWork: maybe(fc.boolean()),
  startDate: maybe(date('2024-01-01', '2026-06-30')),
  contractStatus: maybe(fc.constantFrom('signed' as const, 'not-signed' as const)),
  contractSignedOn: maybe(date('2024-01-01', '2026-12-31')),
  contractTerm: maybe(fc.constantFrom('fixed' as const, 'open-ended' as const, 'task' as const)),
  contractTermMonths: maybe(fc.integer({ min: 1, max: 60 })),
  probationMonths: maybe(halves(7)),
  probationMonthlyPay: maybe(fc.integer({ min: 1000, max: 4000 })),
  contractMonthlyWage: maybe(fc.integer({ min: 1000, max: 5000 })),
  monthlyWageEstimate: maybe(fc.integer({ min: 1000, max: 5000 })),
  payIntervalDays: maybe(fc.integer({ min: 1, max: 60 })),
  paidInMoneyToWorker: maybe(fc.boolean()),
  payslipGiven: maybe(fc.boolean()),
  excessiveDeductions: maybe(fc.boolean()),
  wagesLateOrWithheld: maybe(fc.boolean()),
  idOrBankCardHeld: maybe(fc.boolean()),
  depositTaken: maybe(fc.boolean()),
  socialInsuranceOffered: maybe(fc.boolean()),
  socialInsuranceStatus: maybe(fc.constantFrom('registered' as const, 'not-registered' as const)),
  socialInsuranceRegisteredOn: maybe(date('2024-01-01', '2026-12-31')),
  injuryOccurred: maybe(fc.boolean()),
  injuryDate: maybe(date('2024-01-01', '2026-12-31')),
  injuryReportedOn: maybe(fc.oneof(date('2024-01-01', '2026-12-31'), fc.constant('not-reported' as const))),
  childrenHelpWithHomeWork: maybe(fc.boolean()),
});

const evalDate = date('2025-01-01', '2026-12-31');
const findingOf = (checkIndex: number, facts: Facts, on: string, params: RuleParams = PARAMS) => {
  const check = CHECKS[checkIndex];
  if (!check) throw new Error('no check');
  return evaluateCheck(check, facts, { date: on, params });
};
const statusOf = (checkIndex: number, facts: Facts, on: string, params: RuleParams = PARAMS) =>
  findingOf(checkIndex, facts, on, params)?.status ?? 'n/a';
/**
 * What forgetting the county's tier may do to a result: nothing, unknown, a failure that is a problem under every
 * tier still open as a warning, or a pass that meets the province's lowest tier (the one standard sure to apply)
 * and says so (按本省最低档) rather than passing silently.
 */
function expectTierRemovalAllowed(i: number, facts: Facts, on: string, before: string, untiered: Finding | null) {
  const after = untiered?.status ?? 'n/a';
  if (after === before || after === 'unknown') return;
  if (before === 'fail' && after === 'warn') return;
  expect(after).toBe('pass');
  expect(untiered?.reason).toBe(LOWEST_TIER_ONLY);
  expect(statusOf(i, facts, on, [...DEFAULT_PARAMETER_ROWS, LOWEST_TIER])).toBe('pass');
}

describe('rights engine properties', () => {
  it('removing data (setting facts to null or undefined) turns a result into unknown (or a failure into a warning), never into pass', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: CHECKS.length - 1 }),
        factsArb,
        fc.subarray([...FACT_KEYS]),
        fc.boolean(),
        evalDate,
        (i, facts, removed, asUndefined, on) => {
          const less = { ...facts };
          for (const k of removed) Object.assign(less, { [k]: asUndefined ? undefined : null });
          const before = statusOf(i, facts, on);
          const after = statusOf(i, less, on);
          // the one other change allowed: a failure under the known facts is, with fewer, a problem under every
          // remaining reading (e.g. pay below the hourly minimum, full-time or not unknown): still open, a warning
          const stillOpen = before === 'fail' && after === 'warn';
          // and a pass that, with fewer facts, holds only because a deadline has not come is "not due yet"
          const notDue = before === 'pass' && after === 'not-due';
          if (after !== before && after !== 'unknown' && !stillOpen && !notDue)
            throw new Error(`${CHECKS[i]?.id}: ${before} became ${after} after removing ${removed.join(', ')}`);
          if (after === 'pass') expect(before).toBe('pass');
        },
      ),
      runs,
    );
  });

  it("removing the county's minimum-wage tier turns a result into unknown (or a failure into a warning), or into a pass only labelled as measured by the province's lowest tier", () => {
    fc.assert(
      fc.property(fc.nat({ max: CHECKS.length - 1 }), factsArb, evalDate, (i, facts, on) => {
        const before = statusOf(i, facts, on);
        const untiered = findingOf(i, facts, on, DEFAULT_PARAMETER_ROWS);
        expectTierRemovalAllowed(i, facts, on, before, untiered);
      }),
      runs,
    );
  });

  it("with the county's tier unrecorded, Henan pay between the tiers passes only labelled 按本省最低档", () => {
    const wageChecks = CHECKS.flatMap((c, i) => (c.point === 'minimum-wage' ? [i] : []));
    // pay around Henan's tiers (1,600–2,100 a month, 15.6–20.6 an hour) so most cases fall between them
    const payArb = fc.record({
      areaCode: fc.constant('411000101201'),
      payKind: fc.constantFrom('monthly' as const, 'hourly' as const, 'piece' as const, 'daily' as const),
      payAmount: fc.integer({ min: 100, max: 2_300 }).map((x) => x / 10),
      piecesPerHour: fc.integer({ min: 1, max: 30 }),
    });
    fc.assert(
      fc.property(fc.constantFrom(...wageChecks), factsArb, payArb, evalDate, (i, facts, pay, on) => {
        const f = { ...facts, ...pay, payAmount: pay.payKind === 'monthly' ? pay.payAmount * 10 : pay.payAmount };
        const untiered = findingOf(i, f, on, DEFAULT_PARAMETER_ROWS);
        const before = statusOf(i, f, on);
        expectTierRemovalAllowed(i, f, on, before, untiered);
      }),
      runs,
    );
  });

  it('every answer has an explanation and a next step in both languages, with every placeholder filled', () => {
    fc.assert(
      fc.property(fc.nat({ max: CHECKS.length - 1 }), factsArb, evalDate, (i, facts, on) => {
        const check = CHECKS[i]!;
        const f = evaluateCheck(check, facts, { date: on, params: PARAMS });
        if (!f) return;
        for (const t of [f.explanation.zh, f.explanation.en, f.nextStep.zh, f.nextStep.en]) {
          expect(t).not.toMatch(/\{\w+\}/);
          expect(t).not.toContain('(no explanation)');
          expect(t).not.toContain('（没有说明）');
        }
      }),
      runs,
    );
  });
});
