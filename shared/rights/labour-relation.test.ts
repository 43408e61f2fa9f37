import { describe, expect, it } from 'vitest';
import { evaluateCheck } from './engine';
import { evaluateVisit } from './follow-up';
import { NO_FACTS, type Facts } from './facts';
import { DEFAULT_PARAMETER_ROWS } from './parameters/defaults';
import { CHECKS } from './rule-table';
import { UNKNOWN_PLACEMENT_FACTS, type Placement } from '../entities/placement';

const ctx = (date: string) => ({ date, params: DEFAULT_PARAMETER_ROWS });
const run = (id: string, over: Partial<Facts>, date: string) => {
  const check = CHECKS.find((c) => c.id === id);
  if (!check) throw new Error(id);
  return evaluateCheck(check, { ...NO_FACTS, ...over }, ctx(date));
};

// a man born 1 March 1960 reached 60 on 1 March 2020, before the 2025 reform
const RETIRED_MAN = { sex: 'male', birthDate: '1960-03-01' } as const;
const noContract = {
  contractKind: 'labour',
  contractStatus: 'not-signed',
  socialInsuranceStatus: 'not-registered',
  monthlyWageEstimate: 3000,
} as const;

describe('past the retirement age: no labour relationship, so no labour-contract checks', () => {
  it('work begun after the retirement age is labour service: no double wages, no insurance registration, no probation', () => {
    const over = { ...RETIRED_MAN, ...noContract, startDate: '2025-01-01', probationMonths: 3 };
    for (const id of ['contract.written', 'insurance.registered', 'contract.probation'])
      expect(run(id, over, '2025-12-01')).toBeNull();
    expect(run('contract.retirement-age', over, '2025-12-01')?.reason).toBe('past-with-labour-contract');
  });

  it('the same work by someone of working age fails both', () => {
    const over = { sex: 'male', birthDate: '1980-03-01', ...noContract, startDate: '2025-01-01' } as const;
    expect(run('contract.written', over, '2025-12-01')?.status).toBe('fail');
    expect(run('insurance.registered', over, '2025-12-01')?.status).toBe('fail');
  });

  it('work begun the day before the retirement date was a labour relationship until then (judged on its last day)', () => {
    // born 1 March 1960 → 60 on 2020-03-01; started 2020-02-29, the last day of the relationship
    const over = { ...RETIRED_MAN, ...noContract, startDate: '2020-02-29' };
    const f = run('contract.written', over, '2025-12-01');
    expect(f?.status).toBe('not-due');
    expect(f?.params['day']).toBe(1);
    const started = run('contract.written', { ...over, startDate: '2020-03-01' }, '2025-12-01');
    expect(started).toBeNull();
  });

  it('a posting checked before its work begins, on or after the retirement date, is labour service already', () => {
    // a man born 1 January 1966 reaches his retirement age (60 and 4 months) on 2026-05-01; judged in 2025
    const over = { sex: 'male', birthDate: '1966-01-01', ...noContract, startDate: '2026-05-01' } as const;
    expect(run('contract.written', over, '2025-12-01')).toBeNull();
    expect(run('insurance.registered', over, '2025-12-01')).toBeNull();
  });

  it('a woman whose post kind decides it (50 or 55) is unknown until the post is recorded, never double wages', () => {
    const over = { sex: 'female', birthDate: '1972-06-01', ...noContract, startDate: '2025-01-01' } as const;
    expect(run('contract.written', over, '2025-12-01')).toMatchObject({ status: 'unknown', reason: 'missing' });
    expect(run('contract.written', { ...over, retirementPost: 'worker' }, '2025-12-01')).toBeNull();
    expect(run('contract.written', { ...over, retirementPost: 'cadre' }, '2025-12-01')?.status).toBe('fail');
  });

  it('a placement of a retired worker has no contract tracker (no double-wage estimate on the page)', () => {
    const placement: Placement = {
      id: '01900000-0000-7000-8000-000000000001',
      stationId: 's',
      createdAt: 0,
      updatedAt: '0',
      deleted: false,
      seekerId: '01900000-0000-7000-8000-000000000002',
      jobId: '01900000-0000-7000-8000-000000000003',
      employerId: '01900000-0000-7000-8000-000000000004',
      status: 'active',
      startDate: '2025-01-01',
      contractKind: 'labour',
      wage: { kind: 'monthly', amount: 3000 },
      ...UNKNOWN_PLACEMENT_FACTS,
      contractStatus: 'not-signed',
      socialInsuranceStatus: 'not-registered',
      note: '',
    };
    const r = evaluateVisit({
      placement,
      job: null,
      person: { ...RETIRED_MAN, pregnant: false },
      areaCode: '411000',
      answers: [],
      params: DEFAULT_PARAMETER_ROWS,
      date: '2025-12-01',
    });
    expect(r.contract).toBeNull();
    const ids = r.findings.filter((f) => f.status === 'fail').map((f) => f.checkId);
    expect(ids).not.toContain('contract.written');
    expect(ids).not.toContain('insurance.registered');
  });

  it('a pension drawn below the retirement age asks for the retirement papers instead of concluding', () => {
    const young = { sex: 'male', birthDate: '1975-01-01', startDate: '2025-01-01', drawsPension: true } as const;
    expect(run('contract.pension-drawn', young, '2025-12-01')?.reason).toBe('draws-early');
    expect(run('contract.pension-drawn', { ...young, ...RETIRED_MAN }, '2025-12-01')?.reason).toBe('draws');
  });
});
