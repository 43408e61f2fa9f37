import { afterEach, describe, expect, it, vi } from 'vitest';
import { stationDay } from './station-day';

describe("the station's day", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is the date in China, whatever zone the PC is set to', () => {
    expect(stationDay(Date.UTC(2026, 10, 25, 15, 59, 59))).toBe('2026-11-25'); // 23:59:59 in Beijing
    expect(stationDay(Date.UTC(2026, 10, 25, 16, 0, 0))).toBe('2026-11-26'); // midnight in Beijing
    expect(stationDay(Date.UTC(2026, 11, 31, 16))).toBe('2027-01-01');
  });

  it('is today when no moment is given', () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 10, 25, 16, 30) }); // 00:30 on the 26th in Beijing, still the 25th in UTC
    expect(stationDay()).toBe('2026-11-26');
  });
});
