import { describe, expect, it } from 'vitest';
import { contentDisposition, exportFileName, periodLabel } from './file-name';

const AT = Date.UTC(2026, 10, 30, 18); // 2026-12-01 02:00 in Beijing

describe('export file names', () => {
  it('say the period as a month, a year, a day, a range, or up to the day of the export', () => {
    expect(periodLabel({ from: '2026-11-01', to: '2026-11-30' }, AT)).toBe('2026-11');
    expect(periodLabel({ from: '2024-02-01', to: '2024-02-29' }, AT)).toBe('2024-02');
    expect(periodLabel({ from: '2026-01-01', to: '2026-12-31' }, AT)).toBe('2026');
    expect(periodLabel({ from: '2026-11-05', to: '2026-11-05' }, AT)).toBe('2026-11-05');
    expect(periodLabel({ from: '2026-11-01', to: '2026-11-15' }, AT)).toBe('2026-11-01至2026-11-15');
    expect(periodLabel({ from: '2026-11-01' }, AT)).toBe('2026-11-01起');
    expect(periodLabel({ to: '2026-11-15' }, AT)).toBe('截至2026-11-15');
    expect(periodLabel({}, AT)).toBe('截至2026-12-01');
  });

  it('name county, ledger and period, with nothing Windows refuses', () => {
    expect(exportFileName({ county: '522626', title: '培训补贴申领名单', period: '2026-11', extension: 'xlsx' })).toBe(
      '522626-培训补贴申领名单-2026-11.xlsx',
    );
    expect(exportFileName({ county: 'a/b', title: 'x:y"\n', period: 'p', extension: 'csv' })).toBe('a-b-x-y---p.csv');
  });

  it('go into Content-Disposition in UTF-8 (RFC 5987) with an ASCII fallback', () => {
    expect(contentDisposition("名单(1)'.csv", 'list(1).csv')).toBe(
      `attachment; filename="list(1).csv"; filename*=UTF-8''%E5%90%8D%E5%8D%95%281%29%27.csv`,
    );
  });
});
