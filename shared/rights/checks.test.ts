import { describe, expect, it } from 'vitest';
import { evaluateCheck } from './engine';
import { NO_FACTS, type Facts } from './facts';
import { DEFAULT_PARAMETER_ROWS } from './parameters/defaults';
import type { ParameterRow } from '../entities/rule-parameter';
import { CHECKS } from './rule-table';

const TIER2: ParameterRow = {
  areaPrefix: '411000',
  effectiveFrom: '2022-01-01',
  source: 'county admin',
  verified: true,
  note: '',
  value: { kind: 'area-tier', tier: 2 },
};
const PARAMS = [...DEFAULT_PARAMETER_ROWS, TIER2];
/** a person of working age: the labour-contract checks presuppose a labour relationship */
const WORKING_AGE = { birthDate: '1985-05-01', sex: 'female', retirementPost: 'worker' } as const;

function run(id: string, over: Partial<Facts>, date: string) {
  const check = CHECKS.find((c) => c.id === id);
  if (!check) throw new Error(`no check ${id}`);
  return evaluateCheck(check, { ...NO_FACTS, ...over }, { date, params: PARAMS });
}
const status = (id: string, over: Partial<Facts>, date: string) => run(id, over, date)?.status ?? 'n/a';

describe('written contract (start 1 June: the month ends on day 30, 30 June)', () => {
  const base = { ...WORKING_AGE, contractKind: 'labour', startDate: '2025-06-01', monthlyWageEstimate: 3000 } as const;
  it.each([
    ['signed on day 30', { contractStatus: 'signed', contractSignedOn: '2025-06-30' }, '2025-08-01', 'pass'],
    ['signed on day 31', { contractStatus: 'signed', contractSignedOn: '2025-07-01' }, '2025-08-01', 'fail'],
    ['none on day 24 (not due yet, never a pass)', { contractStatus: 'not-signed' }, '2025-06-24', 'not-due'],
    ['none on day 25 (reminder)', { contractStatus: 'not-signed' }, '2025-06-25', 'warn'],
    ['none on day 30', { contractStatus: 'not-signed' }, '2025-06-30', 'warn'],
    ['none on day 31', { contractStatus: 'not-signed' }, '2025-07-01', 'fail'],
    ['not asked on day 10 (not due yet)', { contractStatus: null }, '2025-06-10', 'not-due'],
    ['not asked on day 25', { contractStatus: null }, '2025-06-25', 'unknown'],
    [
      'signed, date not known, asked on day 28',
      { contractStatus: 'signed', contractSignedOn: null },
      '2025-06-28',
      'pass',
    ],
    [
      'signed, date not known, asked on day 40',
      { contractStatus: 'signed', contractSignedOn: null },
      '2025-07-10',
      'unknown',
    ],
  ] as const)('%s → %s', (_l, over, date, expected) => {
    expect(status('contract.written', { ...base, ...over }, date)).toBe(expected);
  });

  it('signing on day 31 is late but owes no double wages yet; day 32 owes one day', () => {
    expect(
      run('contract.written', { ...base, contractStatus: 'signed', contractSignedOn: '2025-07-01' }, '2025-08-01')
        ?.reason,
    ).toBe('signed-on-first-late-day');
    expect(
      run('contract.written', { ...base, contractStatus: 'signed', contractSignedOn: '2025-07-02' }, '2025-08-01')
        ?.params,
    ).toMatchObject({ to: '2025-07-01', months: 0.033, amount: '100.00' });
  });

  it('owes double wages from 1 July to the day before signing', () => {
    const late = run(
      'contract.written',
      { ...base, contractStatus: 'signed', contractSignedOn: '2025-08-01' },
      '2025-09-01',
    );
    expect(late?.params).toMatchObject({ from: '2025-07-01', to: '2025-07-31', months: 1, amount: '3000.00' });
  });

  it('caps double wages at 11 months and deems an open-ended contract after a year', () => {
    const year = run('contract.written', { ...base, contractStatus: 'not-signed' }, '2026-06-01');
    expect(year?.reason).toBe('open-ended-deemed');
    expect(year?.params).toMatchObject({ months: 11, amount: '33000.00', openEnded: '2026-06-01' });
  });

  it('does not apply to part-time (oral agreement allowed) or labour-service work', () => {
    expect(
      status('contract.written', { ...base, contractKind: 'part-time', contractStatus: 'not-signed' }, '2025-08-01'),
    ).toBe('n/a');
    expect(
      status(
        'contract.written',
        { ...base, contractKind: 'labour-service', contractStatus: 'not-signed' },
        '2025-08-01',
      ),
    ).toBe('n/a');
  });
});

describe('minimum age (born 15 March 2010)', () => {
  it.each([
    ['2026-03-14', 'fail', 'n/a'],
    ['2026-03-15', 'pass', 'warn'],
    ['2028-03-14', 'pass', 'warn'],
    ['2028-03-15', 'pass', 'pass'],
  ])('on %s: minimum age %s, young worker %s', (date, minimum, young) => {
    expect(status('child.minimum-age', { birthDate: '2010-03-15' }, date)).toBe(minimum);
    expect(status('child.young-worker', { birthDate: '2010-03-15' }, date)).toBe(young);
  });
});

describe('probation (art. 19, 20, 70)', () => {
  const base = {
    ...WORKING_AGE,
    areaCode: '411000101201',
    contractKind: 'labour',
    contractTerm: 'fixed',
    contractMonthlyWage: 3000,
    probationMonthlyPay: 2400,
  } as const;
  it.each([
    ['3-month contract, 1 month', { contractTermMonths: 3, probationMonths: 1 }, 'pass'],
    ['3-month contract, 1.5 months', { contractTermMonths: 3, probationMonths: 1.5 }, 'fail'],
    ['2-month contract, half a month', { contractTermMonths: 2, probationMonths: 0.5 }, 'fail'],
    ['2-month contract, none', { contractTermMonths: 2, probationMonths: 0 }, 'pass'],
    ['1-year contract, 2 months', { contractTermMonths: 12, probationMonths: 2 }, 'pass'],
    ['11-month contract, 2 months', { contractTermMonths: 11, probationMonths: 2 }, 'fail'],
    ['3-year contract, 6 months', { contractTermMonths: 36, probationMonths: 6 }, 'pass'],
    ['open-ended, 7 months', { contractTerm: 'open-ended', contractTermMonths: null, probationMonths: 7 }, 'fail'],
    ['task-based, 1 month', { contractTerm: 'task', contractTermMonths: null, probationMonths: 1 }, 'fail'],
    ['part-time, 1 month', { contractKind: 'part-time', contractTermMonths: 12, probationMonths: 1 }, 'fail'],
    ['pay 2399 < 80% of 3000', { contractTermMonths: 12, probationMonths: 1, probationMonthlyPay: 2399 }, 'fail'],
    [
      'pay 1790 < monthly minimum 1800',
      { contractTermMonths: 12, probationMonths: 1, contractMonthlyWage: 2000, probationMonthlyPay: 1790 },
      'fail',
    ],
    ['pay not recorded', { contractTermMonths: 12, probationMonths: 1, probationMonthlyPay: null }, 'unknown'],
  ] as const)('%s → %s', (_l, over, expected) => {
    expect(status('contract.probation', { ...base, ...over }, '2025-06-01')).toBe(expected);
  });
});

describe('probation where the law allows none', () => {
  const base = {
    ...WORKING_AGE,
    areaCode: '411000101201',
    contractKind: 'labour',
    contractMonthlyWage: 3000,
    probationMonthlyPay: 2400,
  } as const;
  it('a contract under three months reads as the law does, never "at most 0 months"', () => {
    const f = run(
      'contract.probation',
      { ...base, contractTerm: 'fixed', contractTermMonths: 2.9, probationMonths: 1 },
      '2025-06-01',
    );
    expect(f?.reason).toBe('none-allowed-short');
    expect(f?.explanation.zh).toContain('合同期限不满三个月的，不得约定试用期');
    expect(f?.explanation.zh).not.toContain('最多约定 0');
  });
  it('a three-month contract may have one month (the boundary): "too-long" only above it', () => {
    const f = run(
      'contract.probation',
      { ...base, contractTerm: 'fixed', contractTermMonths: 3, probationMonths: 2 },
      '2025-06-01',
    );
    expect(f?.reason).toBe('too-long');
    expect(f?.explanation.zh).toContain('最多约定 1 个月');
  });
  it('a task-based contract: no probation at all', () => {
    const f = run(
      'contract.probation',
      { ...base, contractTerm: 'task', contractTermMonths: null, probationMonths: 1 },
      '2025-06-01',
    );
    expect(f?.reason).toBe('none-allowed-task');
    expect(f?.explanation.zh).toContain('不得约定试用期');
  });
});

describe('other placement checks at their boundaries', () => {
  it.each([
    ['part-time, paid every 15 days', { contractKind: 'part-time', payIntervalDays: 15 }, 'pass'],
    ['part-time, paid every 16 days', { contractKind: 'part-time', payIntervalDays: 16 }, 'fail'],
    ['labour, paid every 31 days', { contractKind: 'labour', payIntervalDays: 31 }, 'pass'],
    ['labour, paid every 32 days', { contractKind: 'labour', payIntervalDays: 32 }, 'fail'],
    ['kind unknown, every 20 days', { contractKind: null, payIntervalDays: 20 }, 'unknown'],
  ] as const)('pay interval: %s → %s', (_l, over, expected) => {
    expect(status('pay.interval', over, '2025-06-01')).toBe(expected);
  });

  it.each([
    [
      'registered on day 30',
      { socialInsuranceStatus: 'registered', socialInsuranceRegisteredOn: '2025-06-30' },
      '2025-08-01',
      'pass',
    ],
    [
      'registered on day 31',
      { socialInsuranceStatus: 'registered', socialInsuranceRegisteredOn: '2025-07-01' },
      '2025-08-01',
      'warn',
    ],
    ['not registered on day 30 (not due yet)', { socialInsuranceStatus: 'not-registered' }, '2025-06-30', 'not-due'],
    ['not asked on day 30 (not due yet)', { socialInsuranceStatus: null }, '2025-06-30', 'not-due'],
    ['not asked on day 31', { socialInsuranceStatus: null }, '2025-07-01', 'unknown'],
    ['not registered on day 31', { socialInsuranceStatus: 'not-registered' }, '2025-07-01', 'fail'],
  ] as const)('social insurance: %s → %s', (_l, over, date, expected) => {
    expect(
      status(
        'insurance.registered',
        { ...WORKING_AGE, contractKind: 'labour', startDate: '2025-06-01', ...over },
        date,
      ),
    ).toBe(expected);
  });

  it.each([
    ['not reported, day 30', '2025-03-30', 'warn'],
    ['not reported, day 31', '2025-03-31', 'fail'],
  ])('work injury on 1 March: %s → %s', (_l, date, expected) => {
    expect(
      status(
        'osh.work-injury',
        { injuryOccurred: true, injuryDate: '2025-03-01', injuryReportedOn: 'not-reported' },
        date,
      ),
    ).toBe(expected);
  });

  it.each([
    ['man born 1965-01-15, day before', { sex: 'male', birthDate: '1965-01-15' }, '2025-02-14', 'pass'],
    ['man born 1965-01-15, on the day (60 y 1 m)', { sex: 'male', birthDate: '1965-01-15' }, '2025-02-15', 'warn'],
    ['woman, post not recorded, between ages', { sex: 'female', birthDate: '1972-03-01' }, '2025-06-01', 'unknown'],
    ['woman, worker post', { sex: 'female', birthDate: '1972-03-01', retirementPost: 'worker' }, '2025-06-01', 'warn'],
  ] as const)('retirement age: %s → %s', (_l, over, date, expected) => {
    expect(status('contract.retirement-age', over, date)).toBe(expected);
  });

  it.each([
    [
      '7 months pregnant, night shifts',
      { sex: 'female', pregnancyMonths: 7, breastfeedingUnderOne: false, nightOrOvertimeWork: true },
      'fail',
    ],
    [
      '6 months pregnant, night shifts',
      { sex: 'female', pregnancyMonths: 6, breastfeedingUnderOne: false, nightOrOvertimeWork: true },
      'n/a',
    ],
    [
      'breastfeeding, no night shifts',
      { sex: 'female', pregnancyMonths: 0, breastfeedingUnderOne: true, nightOrOvertimeWork: false },
      'pass',
    ],
  ] as const)('women workers: %s → %s', (_l, over, expected) => {
    expect(status('osh.pregnancy-breastfeeding', over, '2025-06-01')).toBe(expected);
  });

  it('overtime: 36 h a month passes, 36.5 fails; unpaid premium fails', () => {
    expect(status('hours.overtime-monthly', { overtimeHoursLastMonth: 36 }, '2025-06-01')).toBe('pass');
    expect(status('hours.overtime-monthly', { overtimeHoursLastMonth: 36.5 }, '2025-06-01')).toBe('fail');
    expect(
      status('pay.overtime-premium', { overtimeHoursLastMonth: 10, overtimePaidAtPremium: false }, '2025-06-01'),
    ).toBe('fail');
    expect(
      status('pay.overtime-premium', { overtimeHoursLastMonth: 0, overtimePaidAtPremium: null }, '2025-06-01'),
    ).toBe('n/a');
  });

  it('answers unknown, never pass, with no data at all', () => {
    for (const c of CHECKS) expect([undefined, 'unknown'], c.id).toContain(run(c.id, {}, '2025-06-01')?.status);
  });
});
