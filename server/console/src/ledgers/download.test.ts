import { describe, expect, it } from 'vitest';
import { fileNameOf } from './download';

describe('the name of a downloaded file', () => {
  it("prefers the header's UTF-8 name, so Chinese names arrive whole", () => {
    const name = '522626-培训补贴申领名单-2026-11.xlsx';
    const header = `attachment; filename="522626-2026-11.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`;
    expect(fileNameOf(header, 'x.xlsx')).toBe(name);
  });

  it('falls back to the plain name, then to the given one', () => {
    expect(fileNameOf('attachment; filename="jobs.csv"', 'x.csv')).toBe('jobs.csv');
    expect(fileNameOf('attachment; filename=jobs.csv', 'x.csv')).toBe('jobs.csv');
    expect(fileNameOf("attachment; filename*=UTF-8''%E5%", 'x.csv')).toBe('x.csv');
    expect(fileNameOf(null, 'x.csv')).toBe('x.csv');
  });
});
