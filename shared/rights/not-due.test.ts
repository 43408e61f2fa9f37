import { describe, expect, it } from 'vitest';
import { evaluateVisit } from './follow-up';
import { DEFAULT_PARAMETER_ROWS } from './parameters/defaults';
import { sortFindings } from './engine';
import { UNKNOWN_PLACEMENT_FACTS, type Placement } from '../entities/placement';
import { storedFindingSchema } from '../entities/stored-finding';
import { toStored } from './stored';

const placement = (over: Partial<Placement> = {}): Placement => ({
  id: '01900000-0000-7000-8000-000000000001',
  stationId: '01900000-0000-7000-8000-000000000009',
  createdAt: 0,
  updatedAt: '0',
  deleted: false,
  seekerId: '01900000-0000-7000-8000-000000000002',
  jobId: '01900000-0000-7000-8000-000000000003',
  employerId: '01900000-0000-7000-8000-000000000004',
  status: 'active',
  startDate: '2025-06-01',
  contractKind: 'unknown',
  wage: { kind: 'monthly', amount: 3000 },
  ...UNKNOWN_PLACEMENT_FACTS,
  note: '',
  ...over,
});
const visit = (p: Placement, date: string) =>
  evaluateVisit({
    placement: p,
    job: { workplace: 'on-site' },
    person: { birthDate: '1990-01-01', sex: 'female', pregnant: false },
    areaCode: '411000',
    answers: [],
    params: DEFAULT_PARAMETER_ROWS,
    date,
  });
const statusOf = (p: Placement, date: string, id: string) =>
  visit(p, date).findings.find((f) => f.checkId === id)?.status;

describe('"not due yet" is never a pass', () => {
  it('nothing known about the contract: unknown, not a pass, and the tracker still follows the deadline', () => {
    const r = visit(placement(), '2025-06-10');
    expect(r.findings.find((f) => f.checkId === 'contract.written')?.status).toBe('unknown');
    expect(r.contract?.state).toBe('first-weeks');
    const contractChecks = ['contract.written', 'contract.probation', 'insurance.registered'];
    expect(r.findings.filter((f) => contractChecks.includes(f.checkId)).map((f) => f.status)).not.toContain('pass');
  });

  it('a labour contract not signed yet in the first weeks: not due until day 25, then a reminder', () => {
    const p = placement({ contractKind: 'labour', contractStatus: 'not-signed' });
    expect(statusOf(p, '2025-06-24', 'contract.written')).toBe('not-due');
    expect(statusOf(p, '2025-06-25', 'contract.written')).toBe('warn');
    expect(statusOf(p, '2025-07-01', 'contract.written')).toBe('fail');
  });

  it('insurance not asked: not due through day 30, unknown from day 31; registration known passes', () => {
    const p = placement({ contractKind: 'labour' });
    expect(statusOf(p, '2025-06-30', 'insurance.registered')).toBe('not-due');
    expect(statusOf(p, '2025-07-01', 'insurance.registered')).toBe('unknown');
    const done = placement({
      contractKind: 'labour',
      socialInsuranceStatus: 'registered',
      socialInsuranceRegisteredOn: '2025-06-05',
    });
    expect(statusOf(done, '2025-06-10', 'insurance.registered')).toBe('pass');
  });

  it('is stored with the visit, and sorts after unknown and before pass', () => {
    const stored = toStored(visit(placement({ contractKind: 'labour' }), '2025-06-10').findings);
    expect(stored.some((f) => f.status === 'not-due')).toBe(true);
    for (const f of stored) expect(storedFindingSchema.safeParse(f).success).toBe(true);
    const order = sortFindings(
      (['pass', 'not-due', 'unknown', 'warn', 'fail'] as const).map((status) => ({
        ...visit(placement(), '2025-06-10').findings[0]!,
        status,
      })),
    ).map((f) => f.status);
    expect(order).toEqual(['fail', 'warn', 'unknown', 'not-due', 'pass']);
  });
});
