import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETER_ROWS } from '#shared/rights/parameters/defaults';
import type { ParameterRow } from '#shared/entities/rule-parameter';
import { checkPosting, prescreenDate } from './posting-check';

const job = {
  title: '包装工',
  occupation: '',
  description: '',
  schedule: { kind: 'flexible' as const },
  workplace: 'on-site' as const,
  pay: { kind: 'hourly' as const, amount: 25 },
  contractKind: 'part-time' as const,
  socialInsurance: true,
};
const pay = (r: ReturnType<typeof checkPosting>) => r.findings.find((f) => f.checkId === 'pay.minimum-wage');

describe('the posting pre-screen as the form and the save run it', () => {
  it('checks on today, or on the start date when the work starts later', () => {
    expect(prescreenDate('2026-11-25', '2026-12-01')).toBe('2026-12-01');
    expect(prescreenDate('2026-11-25', '2026-11-01')).toBe('2026-11-25');
    expect(prescreenDate('2026-11-25', '')).toBe('2026-11-25');
    expect(prescreenDate('2026-11-25', '2026-13')).toBe('2026-11-25');
  });

  it('a rise that takes effect before the start date applies to the posting', () => {
    // Shanghai: ¥24 an hour from 2023-07-01, ¥25 from 2025-07-01 (shipped)
    const at = (start: string, today: string) =>
      pay(
        checkPosting(
          { ...job, pay: { kind: 'hourly', amount: 24.5 }, startDate: start },
          null,
          '310101001001',
          DEFAULT_PARAMETER_ROWS,
          today,
        ),
      )?.status;
    expect(at('2025-06-01', '2025-06-01')).toBe('pass');
    expect(at('2025-07-01', '2025-06-01')).toBe('fail');
  });

  it("the employer's village decides the area, else the station's", () => {
    const shanghai = '310101001001';
    const unknownArea = '522626101203'; // Guizhou, with its shipped rows taken out: no minimum
    const withoutGuizhou = DEFAULT_PARAMETER_ROWS.filter((r) => !r.areaPrefix.startsWith('52'));
    expect(
      pay(
        checkPosting(
          { ...job, pay: { kind: 'hourly', amount: 12 } },
          shanghai,
          unknownArea,
          DEFAULT_PARAMETER_ROWS,
          '2026-11-25',
        ),
      )?.status,
    ).toBe('fail');
    expect(
      pay(
        checkPosting({ ...job, pay: { kind: 'hourly', amount: 12 } }, null, unknownArea, withoutGuizhou, '2026-11-25'),
      )?.status,
    ).toBe('unknown');
    const guizhou: ParameterRow = {
      areaPrefix: '5226',
      effectiveFrom: '2026-01-01',
      source: 'test',
      verified: false,
      note: '',
      value: { kind: 'minimum-wage', tier: null, monthly: 1800, hourly: 17.6 },
    };
    expect(
      pay(
        checkPosting(
          { ...job, pay: { kind: 'hourly', amount: 12 } },
          null,
          unknownArea,
          [guizhou, ...withoutGuizhou],
          '2026-11-25',
        ),
      )?.status,
    ).toBe('fail');
  });
});
