import { describe, expect, it } from 'vitest';
import { trendPeriod } from './trend-period';

describe('the trend period', () => {
  it('shows at least the twelve months up to the end of the chosen period', () => {
    expect(trendPeriod({ from: '2026-11-01', to: '2026-11-30', area: '5226' })).toEqual({
      from: '2025-12-01',
      to: '2026-11-30',
      area: '5226',
    });
  });

  it('keeps a longer period, up to the last three years of it', () => {
    expect(trendPeriod({ from: '2025-03-15', to: '2026-11-30' }).from).toBe('2025-03-15');
    expect(trendPeriod({ from: '2020-01-01', to: '2026-11-30' }).from).toBe('2023-12-01');
  });
});
