import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETER_ROWS } from './parameters/defaults';
import type { ParameterRow } from '../entities/rule-parameter';
import { evaluateVisit, followUpsDue, visitSchedule } from './follow-up';
import { UNKNOWN_PLACEMENT_FACTS, placementSchema, type Placement } from '../entities/placement';
import { visitSchema } from '../entities/visit';
import { questionsFor } from './visit-questions';
import { NO_FACTS } from './facts';

const TIER2: ParameterRow = {
  areaPrefix: '411000',
  effectiveFrom: '2022-01-01',
  source: 'county admin',
  verified: true,
  note: '',
  value: { kind: 'area-tier', tier: 2 },
};
const PARAMS = [...DEFAULT_PARAMETER_ROWS, TIER2];
const ID = (n: number) => `0190b4b6-b79f-7403-916f-3ad23cb4a2${String(n).padStart(2, '0')}`;

const placement = (over: Partial<Placement> = {}): Placement =>
  placementSchema.parse({
    id: ID(1),
    stationId: ID(2),
    createdAt: 1,
    updatedAt: '000000000000001:00000:node1',
    deleted: false,
    seekerId: ID(3),
    jobId: ID(4),
    employerId: ID(5),
    status: 'active',
    startDate: '2025-03-01',
    ...UNKNOWN_PLACEMENT_FACTS,
    contractKind: 'labour',
    contractStatus: 'not-signed',
    wage: { kind: 'monthly', amount: 3000 },
    note: '',
    ...over,
  });

const person = { birthDate: '1985-05-05', sex: 'female', pregnant: false } as const;

describe('placement follow-up', () => {
  it('schedules visits at 1 week, 1 month and 3 months', () => {
    expect(visitSchedule('2025-01-31')).toEqual([
      { kind: 'week-1', due: '2025-02-07' },
      { kind: 'month-1', due: '2025-02-28' },
      { kind: 'month-3', due: '2025-04-30' },
    ]);
  });

  it('warns of double wages with an estimated amount on a placement 40 days old with no contract', () => {
    // day 40 is 9 April: double wages from 1 April, 9 days = 0.3 month × 3000
    const r = evaluateVisit({
      placement: placement(),
      job: { workplace: 'on-site' },
      person,
      areaCode: '411000101201',
      answers: [],
      params: PARAMS,
      date: '2025-04-09',
    });
    const f = r.findings.find((x) => x.checkId === 'contract.written');
    expect(f?.status).toBe('fail');
    expect(f?.reason).toBe('double-wage');
    expect(f?.params).toMatchObject({ day: 40, from: '2025-04-01', months: 0.3, amount: '900.00' });
    expect(f?.explanation.zh).toContain('900.00');
    expect(f?.explanation.en).toContain('900.00');
    expect(r.contract?.doubleWage?.amount).toBe(900);
    expect(r.findings[0]?.status).toBe('fail');
  });

  it('estimates from the actual monthly pay when recorded, and gives no amount when no monthly figure exists', () => {
    const actual = evaluateVisit({
      placement: placement({ actualMonthlyPay: 2400 }),
      job: null,
      person,
      areaCode: null,
      answers: [],
      params: PARAMS,
      date: '2025-04-09',
    });
    expect(actual.contract?.doubleWage?.amount).toBe(720);
    const hourly = evaluateVisit({
      placement: placement({ wage: { kind: 'hourly', amount: 20 } }),
      job: null,
      person,
      areaCode: null,
      answers: [],
      params: PARAMS,
      date: '2025-04-09',
    });
    const f = hourly.findings.find((x) => x.checkId === 'contract.written');
    expect(f?.status).toBe('fail');
    expect(f?.reason).toBe('double-wage-no-amount');
  });

  it("combines the worker's answers with the automatic checks", () => {
    const r = evaluateVisit({
      placement: placement({ contractStatus: 'signed', contractSignedOn: '2025-03-10' }),
      job: { workplace: 'home-based' },
      person,
      areaCode: '411000101201',
      answers: [
        { questionId: 'papers-held', answer: 'yes', evidence: '工人口述' },
        { questionId: 'children-help', answer: 'no', evidence: '上门看到' },
        { questionId: 'payslip', answer: 'unknown', evidence: '' },
      ],
      params: PARAMS,
      date: '2025-04-09',
    });
    const by = (id: string) => r.findings.find((x) => x.checkId === id)?.status;
    expect(by('forced.papers-held')).toBe('fail');
    expect(by('child.home-piecework')).toBe('pass');
    expect(by('pay.payslip')).toBe('unknown');
    expect(by('contract.written')).toBe('pass');
    expect(by('child.minimum-age')).toBe('pass');
    expect(r.findings[0]?.checkId).toBe('forced.papers-held');
  });

  it('asks the breastfeeding question of women only, and the home-work question only for home-based work', () => {
    const ids = (f: Partial<typeof NO_FACTS>) => questionsFor({ ...NO_FACTS, ...f }).map((q) => q.id);
    expect(ids({ sex: 'male', workplace: 'on-site' })).not.toContain('breastfeeding');
    expect(ids({ sex: 'male', workplace: 'on-site' })).not.toContain('children-help');
    expect(ids({ sex: 'female', workplace: 'home-based' })).toEqual(
      expect.arrayContaining(['breastfeeding', 'children-help']),
    );
  });

  it('lists the follow-ups due on a date: missed visits and contracts to chase, not ended placements', () => {
    const a = placement({ id: ID(11), startDate: '2025-03-01' });
    const b = placement({
      id: ID(12),
      startDate: '2025-03-20',
      contractStatus: 'signed',
      contractSignedOn: '2025-03-20',
    });
    const c = placement({ id: ID(13), startDate: '2025-01-01', status: 'ended' });
    const due = followUpsDue(
      [
        { placement: a, visits: [{ kind: 'week-1' }] },
        { placement: b, visits: [] },
        { placement: c, visits: [] },
      ],
      '2025-04-09',
      PARAMS,
    );
    expect(
      due.map((d) =>
        d.kind === 'visit'
          ? `${d.placementId.slice(-2)}:${d.visit}:${d.overdueDays}`
          : `${d.placementId.slice(-2)}:contract:${d.track.state}`,
      ),
    ).toEqual(['12:week-1:13', '11:contract:double-wage', '11:month-1:8']);
  });

  it('reminds from day 25 in the follow-up list', () => {
    const p = placement({ startDate: '2025-03-01' });
    expect(followUpsDue([{ placement: p, visits: [{ kind: 'week-1' }] }], '2025-03-24', PARAMS)).toEqual([]);
    const on25 = followUpsDue([{ placement: p, visits: [{ kind: 'week-1' }] }], '2025-03-25', PARAMS);
    expect(on25).toHaveLength(1);
    expect(on25[0]?.kind === 'contract' && on25[0].track.state).toBe('reminder');
  });

  it('validates placements and visits', () => {
    expect(() => placement({ contractStatus: 'not-signed', contractSignedOn: '2025-03-02' })).toThrow();
    expect(
      visitSchema.safeParse({
        id: ID(20),
        stationId: ID(2),
        createdAt: 1,
        updatedAt: '000000000000001:00000:node1',
        deleted: false,
        placementId: ID(1),
        kind: 'week-1',
        visitedOn: '2025-03-08',
        recordedBy: 's1',
        answers: [{ questionId: 'payslip', answer: 'maybe', evidence: '' }],
        findings: [],
        note: '',
      }).success,
    ).toBe(false);
  });
});
