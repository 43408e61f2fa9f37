import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETER_ROWS } from './parameters/defaults';
import type { ParameterRow } from '../entities/rule-parameter';
import { prescreenPosting, type PostingDraft } from './prescreen';

const TIER2: ParameterRow = {
  areaPrefix: '411000',
  effectiveFrom: '2022-01-01',
  source: 'county admin',
  verified: true,
  note: '',
  value: { kind: 'area-tier', tier: 2 },
};
const PARAMS = [...DEFAULT_PARAMETER_ROWS, TIER2];
const AREA = '411000101201'; // hourly minimum 17.60, monthly 1800 (÷ 174 h = 10.34)

/** Home-based piecework with no contract and no fixed hours: the usual 居家灵活就业 posting. */
const homePiece = (rate: number, piecesPerHour: number, over: Partial<PostingDraft> = {}): PostingDraft => ({
  title: '居家手工串珠',
  occupation: '手工艺品制作',
  description: '在家做，按件计酬',
  schedule: { kind: 'flexible' },
  workplace: 'home-based',
  pay: { kind: 'piece', amount: rate, piecesPerHour },
  contractKind: 'none',
  socialInsurance: false,
  ...over,
});
const piece = (job: PostingDraft) =>
  prescreenPosting({ job, employer: { villageCode: AREA }, params: PARAMS, date: '2025-06-01' }).findings.find(
    (f) => f.checkId === 'pay.piece-rate',
  );

describe('home-based piecework below the hourly minimum is never silent', () => {
  it('0.12 yuan × 100 pieces = 12.00 an hour: a warning naming both standards and what to ask', () => {
    const f = piece(homePiece(0.12, 100));
    expect(f?.status).toBe('warn');
    expect(f?.reason).toBe('below-hourly-which-standard');
    expect(f?.explanation.zh).toContain('12.00');
    expect(f?.explanation.zh).toContain('17.60');
    expect(f?.explanation.zh).toContain('1800.00');
    expect(f?.explanation.zh).toContain('非全日制');
    expect(f?.nextStep.zh).toContain('是不是劳动关系');
    expect(f?.nextStep.zh).toContain('几个小时');
  });

  it('at the boundary: 0.176 × 100 = 17.60 passes; one fen below (17.59) warns', () => {
    expect(piece(homePiece(0.176, 100))?.status).toBe('pass');
    expect(piece(homePiece(0.1759, 100))?.status).toBe('warn');
  });

  it('below the monthly minimum spread over standard hours (10.34) as well: a fail under either standard', () => {
    expect(piece(homePiece(0.1035, 100))?.status).toBe('warn'); // 10.35
    expect(piece(homePiece(0.1033, 100))?.status).toBe('fail'); // 10.33
    expect(piece(homePiece(0.05, 100))?.reason).toBe('below-minimum'); // 5.00
  });

  it('once the hours say part-time (4 h a day), the hourly standard decides: a fail', () => {
    const fourHours = { kind: 'grid' as const, grid: '0'.repeat(7 * 48) };
    const grid = fourHours.grid.split('');
    for (let d = 0; d < 5; d += 1) for (let s = 18; s < 26; s += 1) grid[d * 48 + s] = '1';
    expect(piece(homePiece(0.12, 100, { schedule: { kind: 'grid', grid: grid.join('') } }))?.status).toBe('fail');
  });
});
