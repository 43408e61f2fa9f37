import { describe, expect, it } from 'vitest';
import { demoCounty } from '../registry/demo-data';
import { shiftSchedule } from '../schedule/quarter-week';
import { EMPTY_WEEK, WEEKDAYS, withRange, type Day } from '../schedule/week-grid';
import { DEFAULT_PARAMETER_ROWS } from './parameters/defaults';
import type { ParameterRow } from '../entities/rule-parameter';
import { prescreenPosting, type PostingDraft } from './prescreen';
import type { Finding } from './types';

const TIER2: ParameterRow = {
  areaPrefix: '411000',
  effectiveFrom: '2022-01-01',
  source: 'county admin',
  verified: true,
  note: '',
  value: { kind: 'area-tier', tier: 2 },
};
const PARAMS = [...DEFAULT_PARAMETER_ROWS, TIER2];
const AREA = '411000101201'; // hourly minimum 17.6, monthly 1800
const DATE = '2025-06-01';
const SIX_DAYS: readonly Day[] = [0, 1, 2, 3, 4, 5];

const grid = (days: readonly Day[], from: number, to: number) => ({
  kind: 'grid' as const,
  grid: withRange(EMPTY_WEEK, days, from, to, true),
});
const job = (over: Partial<PostingDraft> = {}): PostingDraft => ({
  title: '缝纫工',
  occupation: '服装制作工',
  description: '',
  schedule: grid(WEEKDAYS, 16, 32), // 08:00–16:00, 8 h × 5
  workplace: 'on-site',
  pay: { kind: 'monthly', amount: 2500 },
  contractKind: 'labour',
  socialInsurance: true,
  payIntervalDays: 30,
  ...over,
});
const screen = (over: Partial<PostingDraft>, area: string = AREA) =>
  prescreenPosting({ job: job(over), employer: { villageCode: area }, params: PARAMS, date: DATE });
const finding = (findings: readonly Finding[], id: string) => findings.find((f) => f.checkId === id);
const status = (over: Partial<PostingDraft>, id: string, area?: string) =>
  finding(screen(over, area).findings, id)?.status;

describe('posting pre-screen: pay against the minimum wage', () => {
  it('fails ¥12 an hour where the hourly minimum is ¥17.6 (part-time, or no contract at 4 h a day), and says so before saving', () => {
    const partTime = screen({
      pay: { kind: 'hourly', amount: 12 },
      contractKind: 'part-time',
      schedule: grid(WEEKDAYS, 16, 24),
    });
    const f = finding(partTime.findings, 'pay.minimum-wage');
    expect(f?.status).toBe('fail');
    expect(f?.explanation.zh).toContain('17.60');
    expect(f?.explanation.zh).toContain('12.00');
    expect(partTime.serious.map((x) => x.checkId)).toContain('pay.minimum-wage');
    expect(
      status(
        { pay: { kind: 'hourly', amount: 12 }, contractKind: 'none', schedule: grid(WEEKDAYS, 16, 24) },
        'pay.minimum-wage',
      ),
    ).toBe('fail');
  });

  it('warns (not fails) ¥12 an hour under a full-time labour contract: the monthly minimum ÷ 174 h (10.34) is met, the hourly one is not', () => {
    expect(status({ pay: { kind: 'hourly', amount: 12 } }, 'pay.minimum-wage')).toBe('warn');
    expect(status({ pay: { kind: 'hourly', amount: 10.33 } }, 'pay.minimum-wage')).toBe('fail');
    expect(status({ pay: { kind: 'hourly', amount: 17.6 } }, 'pay.minimum-wage')).toBe('pass');
  });

  it('passes a piece rate exactly at the minimum (0.44 × 40 = 17.60) and fails one fen below', () => {
    const piece = (amount: number) =>
      status(
        {
          pay: { kind: 'piece', amount, piecesPerHour: 40 },
          contractKind: 'part-time',
          schedule: grid(WEEKDAYS, 16, 24),
        },
        'pay.piece-rate',
      );
    expect(piece(0.44)).toBe('pass');
    expect(piece(0.43975)).toBe('fail');
    expect(status({ pay: { kind: 'piece', amount: 0.44, piecesPerHour: 40 } }, 'pay.minimum-wage')).toBeUndefined();
  });

  it('compares monthly pay with the monthly minimum for full-time work (1800)', () => {
    expect(status({ pay: { kind: 'monthly', amount: 1800 } }, 'pay.minimum-wage')).toBe('pass');
    expect(status({ pay: { kind: 'monthly', amount: 1799.99 } }, 'pay.minimum-wage')).toBe('fail');
  });

  it('converts daily pay by the hours of a working day (at most 8)', () => {
    // 4 h days, non-full-time: 70 ÷ 4 = 17.5 < 17.6; 72 ÷ 4 = 18
    const daily = (amount: number, schedule: PostingDraft['schedule'] = grid(WEEKDAYS, 16, 24)) =>
      status({ pay: { kind: 'daily', amount }, contractKind: 'none', schedule }, 'pay.minimum-wage');
    expect(daily(70)).toBe('fail');
    expect(daily(72)).toBe('pass');
    // unknown hours: passes only if it passes for a full 8-hour day
    expect(daily(150, { kind: 'flexible' })).toBe('pass');
    expect(daily(100, { kind: 'flexible' })).toBe('unknown');
  });

  it('is unknown before any minimum wage is in force; with the tier unrecorded it fails below every Henan tier, passes by the lowest tier between them, saying so (按本省最低档), and passes above them all', () => {
    // Guizhou's first row starts on 2025-02-01
    const beforeGuizhou = prescreenPosting({
      job: job({ pay: { kind: 'hourly', amount: 12 }, contractKind: 'part-time' }),
      employer: { villageCode: '522626101201' },
      params: PARAMS,
      date: '2025-01-31',
    });
    expect(finding(beforeGuizhou.findings, 'pay.minimum-wage')?.status).toBe('unknown');
    const noTier = (amount: number) =>
      prescreenPosting({
        job: job({ pay: { kind: 'hourly', amount }, contractKind: 'part-time' }),
        employer: { villageCode: '410100101201' },
        params: DEFAULT_PARAMETER_ROWS,
        date: DATE,
      }).findings.find((f) => f.checkId === 'pay.minimum-wage');
    expect(noTier(12)?.status).toBe('fail');
    expect(noTier(15.59)?.status).toBe('fail');
    expect(noTier(15.6)).toMatchObject({ status: 'pass', reason: 'lowest-tier-only' });
    expect(noTier(17)).toMatchObject({ status: 'pass', reason: 'lowest-tier-only' });
    expect(noTier(17)?.explanation.zh).toContain('按本省最低档');
    expect(noTier(19.59)?.reason).toBe('lowest-tier-only');
    expect(noTier(19.6)).toMatchObject({ status: 'pass', reason: 'at-or-above' });
  });
});

describe('posting pre-screen: the minimum wages of every province', () => {
  const wageFinding = (
    area: string,
    date: string,
    pay: PostingDraft['pay'],
    contractKind: PostingDraft['contractKind'],
  ) =>
    prescreenPosting({
      job: job({ pay, contractKind }),
      employer: { villageCode: area },
      params: DEFAULT_PARAMETER_ROWS,
      date,
    }).findings.find((f) => f.checkId === 'pay.minimum-wage');

  it('flags a 1,200 yuan a month posting in the Guizhou demo county (522626) though its tier is not recorded', () => {
    const finding = wageFinding('522626101201', '2026-01-15', { kind: 'monthly', amount: 1200 }, 'labour');
    expect(finding?.status).toBe('fail');
    expect(finding?.explanation.zh).toContain('1890.00–2130.00');
  });

  it("uses a row from its effective date: Hubei's lowest tier is 1800 on 2025-11-30 and 1970 from 2025-12-01", () => {
    const pay = { kind: 'monthly' as const, amount: 1900 };
    expect(wageFinding('420101001001', '2025-11-30', pay, 'labour')).toMatchObject({
      status: 'pass',
      reason: 'lowest-tier-only',
    });
    expect(wageFinding('420101001001', '2025-12-01', pay, 'labour')?.status).toBe('fail');
  });

  it('has a row for every province-level region from 2025-07-01', () => {
    const provinces = ['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41'];
    const more = ['42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65'];
    for (const code of [...provinces, ...more]) {
      const finding = wageFinding(`${code}0101001001`, '2025-07-01', { kind: 'monthly', amount: 100 }, 'labour');
      expect(finding?.status, code).toBe('fail');
    }
  });
});

describe('posting pre-screen: part-time that is not', () => {
  it.each([
    ['4 h × 6 days = 24 h', grid(SIX_DAYS, 16, 24), 'pass'],
    ['4.5 h × 5 days = 22.5 h', grid(WEEKDAYS, 16, 25), 'fail'],
    ['5 h × 5 days = 25 h (average 5 h)', grid(WEEKDAYS, 16, 26), 'fail'],
    ['4 h × 7 days = 28 h', grid([0, 1, 2, 3, 4, 5, 6], 16, 24), 'fail'],
    ['flexible', { kind: 'flexible' as const }, 'unknown'],
  ])('%s → %s', (_label, schedule, expected) => {
    expect(
      status({ contractKind: 'part-time', schedule, pay: { kind: 'hourly', amount: 20 } }, 'hours.part-time-genuine'),
    ).toBe(expected);
  });

  it('does not run on a labour contract', () => {
    expect(status({}, 'hours.part-time-genuine')).toBeUndefined();
  });
});

describe('posting pre-screen: hours, wording, deposits, insurance', () => {
  it.each([
    ['8 h × 5', grid(WEEKDAYS, 16, 32), 'pass', 'pass'],
    ['9 h × 5 (may include lunch)', grid(WEEKDAYS, 16, 34), 'warn', 'pass'],
    ['12 h × 5', grid(WEEKDAYS, 14, 38), 'fail', 'pass'],
    ['8 h × 7', grid([0, 1, 2, 3, 4, 5, 6], 16, 32), 'fail', 'fail'],
  ])('%s → hours %s, rest day %s', (_l, schedule, hours, rest) => {
    expect(status({ schedule }, 'hours.limits')).toBe(hours);
    expect(status({ schedule }, 'hours.rest-day')).toBe(rest);
  });

  it.each([
    // Mon–Thu 08:00–17:00: 9 h a day (over 8), 36 h a week (within 40): only the day is named as over
    [
      '9 h × 4',
      grid([0, 1, 2, 3], 16, 34),
      'overtime-day',
      '最长一天 9 小时，超过了每天 8 小时的标准工时（每周 36 小时，在 40 小时以内）',
    ],
    // Mon–Sat 07:00–14:00: 7 h a day (within 8), 42 h a week (over 40): only the week is named as over
    [
      '7 h × 6',
      grid(SIX_DAYS, 14, 28),
      'overtime-week',
      '每周 42 小时，超过了每周 40 小时的标准工时（每天最长 7 小时，在 8 小时以内）',
    ],
    ['9 h × 5', grid(WEEKDAYS, 16, 34), 'overtime', '最长一天 9 小时、每周 45 小时，都超过了标准工时'],
    [
      '12 h × 3',
      grid([0, 1, 2], 14, 38),
      'beyond-overtime-day',
      '最长一天 12 小时，超过了加班上限（每天最多 11 小时）',
    ],
  ])('%s: the hour-limit message names the figure that is over (%s)', (_l, schedule, reason, text) => {
    const f = finding(screen({ schedule }).findings, 'hours.limits');
    expect(f?.reason).toBe(reason);
    expect(f?.explanation.zh).toContain(text);
  });

  it('counts a shift to the quarter hour exactly: 08:00–16:15 is over 8 hours a day, 08:15–16:15 is not', () => {
    const shift = (from: string, to: string) => {
      const m = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
      return shiftSchedule(WEEKDAYS, m(from), m(to));
    };
    const over = finding(screen({ schedule: shift('08:00', '16:15') }).findings, 'hours.limits');
    expect(over?.reason).toBe('overtime');
    expect(over?.explanation.zh).toContain('最长一天 8.25 小时、每周 41.25 小时');
    expect(status({ schedule: shift('08:15', '16:15') }, 'hours.limits')).toBe('pass');
    expect(status({ schedule: shift('08:15', '16:30') }, 'hours.limits')).toBe('warn');
  });

  it('an over-long day says how to mark a lunch break', () => {
    const f = finding(screen({ schedule: grid(WEEKDAYS, 16, 34) }).findings, 'hours.limits');
    expect(f?.explanation.zh).toContain('午休、吃饭时间请留空');
    expect(f?.nextStep.zh).toContain('12:00–13:00 不涂');
  });

  it('flags discriminatory wording and deposits with their words', () => {
    const r = screen({ description: '限男性，35岁以下，入职交押金300元，扣押身份证' });
    expect(finding(r.findings, 'discrimination.posting-text')?.status).toBe('fail');
    expect(finding(r.findings, 'discrimination.posting-text')?.params.words).toContain('限男');
    const deposit = finding(r.findings, 'forced.posting-deposit');
    expect(deposit?.status).toBe('fail');
    expect(deposit?.severity).toBe('critical');
    expect(r.findings[0]?.severity).toBe('critical');
  });

  it('fails a labour-contract posting without social insurance and warns a part-time one', () => {
    expect(status({ socialInsurance: false }, 'insurance.offered')).toBe('fail');
    expect(status({ socialInsurance: false, contractKind: 'part-time' }, 'insurance.offered')).toBe('warn');
  });

  it('passes a clean posting with no open findings', () => {
    expect(screen({}).findings.filter((f) => f.status !== 'pass')).toEqual([]);
  });

  it('runs on every demo posting without throwing; before Guizhou has a minimum wage (2025-02-01), pay is unknown there', () => {
    const before = '2025-01-31';
    const county = demoCounty(['522626101201'], 3, before, 'staff');
    for (const j of county.jobs) {
      const r = prescreenPosting({
        job: j,
        employer: county.employers[j.employer] ?? null,
        params: DEFAULT_PARAMETER_ROWS,
        date: before,
      });
      const pay = r.findings.find((f) => f.checkId === 'pay.minimum-wage' || f.checkId === 'pay.piece-rate');
      expect(pay?.status).toBe('unknown');
      expect(pay?.reason).toBe('no-minimum');
    }
  });
});
