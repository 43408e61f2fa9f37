import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '#test/support/property-runs';
import { addDays } from './dates';
import { evaluateVisit } from './follow-up';
import { childUnderOne, maternityFacts, pregnancyMonthOn, protectedFrom } from './maternity';
import { DEFAULT_PARAMETER_ROWS } from './parameters/defaults';
import { UNKNOWN_PLACEMENT_FACTS, type Placement } from '../entities/placement';

const DUE = '2026-03-01';

describe('month of pregnancy from the due date', () => {
  it.each([
    [addDays(DUE, -84), 7], // 28 weeks: the 7th month is reached
    [addDays(DUE, -85), 6],
    [addDays(DUE, -112), 6], // 24 weeks
    [addDays(DUE, -113), 5],
    [DUE, 10],
    [addDays(DUE, 14), 10],
    [addDays(DUE, 15), null], // long past the due date: born or about to be, not known
    [addDays(DUE, -280), 0],
    [addDays(DUE, -281), null], // before the pregnancy began: the due date is not for this date
  ] as const)('on %s: %s completed months', (date, months) => {
    expect(pregnancyMonthOn(DUE, date)).toBe(months);
  });

  it('protection starts 84 days before the due date', () => {
    expect(protectedFrom(DUE)).toBe(addDays(DUE, -84));
  });

  it('never decreases as the days pass, and reaches 7 exactly from protectedFrom', () => {
    fc.assert(
      fc.property(fc.integer({ min: -280, max: 14 }), fc.integer({ min: 0, max: 60 }), (offset, later) => {
        const d1 = addDays(DUE, offset);
        const d2 = addDays(d1, later);
        const m1 = pregnancyMonthOn(DUE, d1);
        const m2 = pregnancyMonthOn(DUE, d2);
        if (m1 !== null && m2 !== null) expect(m2).toBeGreaterThanOrEqual(m1);
        if (m1 !== null) expect(m1 >= 7).toBe(d1 >= protectedFrom(DUE));
      }),
      propertyRuns(200),
    );
  });
});

describe('breastfeeding a child under one', () => {
  it.each([
    ['2025-05-10', '2026-05-09', true],
    ['2025-05-10', '2026-05-10', false], // the first birthday
    ['2024-02-29', '2025-02-28', true],
    ['2024-02-29', '2025-03-01', false],
    ['2025-05-10', '2025-05-09', null], // before the birth
  ] as const)('child born %s, on %s: %s', (born, date, under) => {
    expect(childUnderOne(born, date)).toBe(under);
  });

  it('nothing recorded is unknown; recorded as not pregnant is month 0', () => {
    expect(maternityFacts({}, DUE)).toEqual({ pregnancyMonths: null, breastfeedingUnderOne: null });
    expect(maternityFacts({ pregnant: false }, DUE).pregnancyMonths).toBe(0);
  });
});

describe('the night-shift and overtime ban through a placement (女职工劳动保护特别规定 art. 6, 9)', () => {
  const placement: Placement = {
    id: '01900000-0000-7000-8000-000000000001',
    stationId: '01900000-0000-7000-8000-000000000009',
    createdAt: 0,
    updatedAt: '0',
    deleted: false,
    seekerId: '01900000-0000-7000-8000-000000000002',
    jobId: '01900000-0000-7000-8000-000000000003',
    employerId: '01900000-0000-7000-8000-000000000004',
    status: 'active',
    startDate: '2025-09-01',
    contractKind: 'labour',
    wage: { kind: 'monthly', amount: 3000 },
    ...UNKNOWN_PLACEMENT_FACTS,
    note: '',
  };
  const check = (person: Parameters<typeof evaluateVisit>[0]['person'], date: string, night: 'yes' | 'no' | null) =>
    evaluateVisit({
      placement,
      job: { workplace: 'on-site' },
      person,
      areaCode: '411000',
      answers: night ? [{ questionId: 'night-or-overtime', answer: night, evidence: '' }] : [],
      params: DEFAULT_PARAMETER_ROWS,
      date,
    }).findings.find((f) => f.checkId === 'osh.pregnancy-breastfeeding');
  const woman = { birthDate: '1995-01-01', sex: 'female' as const, pregnant: true, pregnancyDueDate: DUE };

  it('night shifts from the 7th month fail; the day before, nothing to check about pregnancy', () => {
    expect(check(woman, addDays(DUE, -84), 'yes')?.status).toBe('fail');
    expect(check(woman, addDays(DUE, -85), 'yes')?.status).toBe('unknown'); // breastfeeding not known
    expect(check({ ...woman, breastfeedingChildBirthDate: null }, addDays(DUE, -84), 'no')?.status).toBe('pass');
  });

  it('breastfeeding a child under one with overtime recorded on the placement fails without a visit answer', () => {
    const nursing = {
      birthDate: '1995-01-01',
      sex: 'female' as const,
      pregnant: false,
      breastfeedingChildBirthDate: '2025-06-01',
    };
    const f = evaluateVisit({
      placement: { ...placement, overtimeHoursLastMonth: 10 },
      job: { workplace: 'on-site' },
      person: nursing,
      areaCode: '411000',
      answers: [],
      params: DEFAULT_PARAMETER_ROWS,
      date: '2026-05-31',
    }).findings.find((x) => x.checkId === 'osh.pregnancy-breastfeeding');
    expect(f?.status).toBe('fail');
    expect(check(nursing, '2026-06-01', 'yes')).toBeUndefined(); // the child turned one: the ban no longer applies
  });
});
