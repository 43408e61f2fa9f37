import { describe, expect, it } from 'vitest';
import { chinaToday, filterFromSearch, filterParams, isDate, monthOf } from './period';

// 2026-11-30 17:00 UTC is already 1 December in China.
const LATE_NOVEMBER_UTC = Date.UTC(2026, 10, 30, 17);

describe("the console's period", () => {
  it("is this month in China by default, whatever the browser's zone", () => {
    expect(chinaToday(LATE_NOVEMBER_UTC)).toBe('2026-12-01');
    expect(filterFromSearch(new URLSearchParams(), LATE_NOVEMBER_UTC)).toEqual({
      from: '2026-12-01',
      to: '2026-12-31',
    });
  });

  it('knows the length of each month and crosses years', () => {
    expect(monthOf('2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthOf('2026-01-15', -1)).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(monthOf('2026-12-15', 1)).toEqual({ from: '2027-01-01', to: '2027-01-31' });
  });

  it('reads the period, station and area from the address, and leaves out what is malformed', () => {
    const search = new URLSearchParams('from=2026-10-01&to=2026-10-31&station=st-1&area=522626101');
    expect(filterFromSearch(search, LATE_NOVEMBER_UTC)).toEqual({
      from: '2026-10-01',
      to: '2026-10-31',
      station: 'st-1',
      area: '522626101',
    });
    for (const bad of ['from=2026-02-30&to=2026-03-01', 'from=2026-11-02&to=2026-11-01', 'from=yesterday&to=today'])
      expect(filterFromSearch(new URLSearchParams(bad), LATE_NOVEMBER_UTC)).toEqual({
        from: '2026-12-01',
        to: '2026-12-31',
      });
    expect(filterFromSearch(new URLSearchParams('area=52a'), LATE_NOVEMBER_UTC).area).toBeUndefined();
    expect(isDate('2026-11-31')).toBe(false);
  });

  it('writes the parameters the API reads, without empty ones', () => {
    expect(filterParams({ from: '2026-11-01', to: '2026-11-30' })).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(filterParams({ from: '2026-11-01', to: '2026-11-30', area: '5226' })).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      area: '5226',
    });
  });
});
