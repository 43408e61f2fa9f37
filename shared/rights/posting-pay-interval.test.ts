import { describe, expect, it } from 'vitest';
import { EMPTY_WEEK, WEEKDAYS, withRange } from '../schedule/week-grid';
import { DEFAULT_PARAMETER_ROWS } from './parameters/defaults';
import { prescreenPosting, type PostingDraft } from './prescreen';

const fourHours = { kind: 'grid' as const, grid: withRange(EMPTY_WEEK, WEEKDAYS, 16, 24, true) }; // 08:00–12:00
const eightHours = { kind: 'grid' as const, grid: withRange(EMPTY_WEEK, WEEKDAYS, 16, 32, true) };
const posting = (over: Partial<PostingDraft>): PostingDraft => ({
  title: '超市理货员',
  occupation: '',
  description: '',
  schedule: fourHours,
  workplace: 'on-site',
  pay: { kind: 'hourly', amount: 30 },
  contractKind: 'part-time',
  socialInsurance: true,
  ...over,
});
const interval = (over: Partial<PostingDraft>) =>
  prescreenPosting({
    job: posting(over),
    employer: null,
    areaCode: '310101',
    params: DEFAULT_PARAMETER_ROWS,
    date: '2025-08-01',
  }).findings.find((f) => f.checkId === 'pay.interval');

describe('posting pre-screen: how often pay is settled (劳动合同法 art. 72)', () => {
  it.each([
    ['part-time, paid every 15 days', { payIntervalDays: 15 }, 'pass'],
    ['part-time, paid monthly', { payIntervalDays: 30 }, 'fail'],
    ['part-time, every 16 days', { payIntervalDays: 16 }, 'fail'],
    [
      'no contract, 4 h a day (part-time by its hours), paid monthly',
      { contractKind: 'none', payIntervalDays: 30 },
      'fail',
    ],
    [
      'full-time labour contract, paid monthly',
      { contractKind: 'labour', schedule: eightHours, payIntervalDays: 30 },
      'pass',
    ],
    ['full-time, every 32 days', { contractKind: 'labour', schedule: eightHours, payIntervalDays: 32 }, 'fail'],
    [
      'contract not known, paid monthly: depends on full-time or not',
      { contractKind: 'unknown', schedule: { kind: 'flexible' }, payIntervalDays: 30 },
      'unknown',
    ],
    ['the posting does not say', { payIntervalDays: null }, 'unknown'],
    ['an older posting without the field', {}, 'unknown'],
  ] as const)('%s → %s', (_l, over, expected) => {
    expect(interval(over)?.status).toBe(expected);
  });

  it('a part-time posting paid monthly is a serious finding: asked about before saving', () => {
    const r = prescreenPosting({
      job: posting({ payIntervalDays: 30 }),
      employer: null,
      areaCode: '310101',
      params: DEFAULT_PARAMETER_ROWS,
      date: '2025-08-01',
    });
    expect(r.serious.map((f) => f.checkId)).toContain('pay.interval');
  });
});
