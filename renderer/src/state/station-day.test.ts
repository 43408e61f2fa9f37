import { describe, expect, it } from 'vitest';
import { stationDay } from './station-day';

describe("the station's day", () => {
  it('is the date in China, whatever zone the PC is set to', () => {
    expect(stationDay(Date.UTC(2026, 10, 25, 15, 59, 59))).toBe('2026-11-25'); // 23:59:59 in Beijing
    expect(stationDay(Date.UTC(2026, 10, 25, 16, 0, 0))).toBe('2026-11-26'); // midnight in Beijing
    expect(stationDay(Date.UTC(2026, 11, 31, 16))).toBe('2027-01-01');
  });
});
