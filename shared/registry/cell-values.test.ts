import { describe, expect, it } from 'vitest';
import { cellDate, excelSerialDate, looksLikeRoundedNumber } from './cell-values';

describe('cell values', () => {
  it.each([
    ['1985-03-02', '1985-03-02'],
    ['1985/3/2', '1985-03-02'],
    ['1985.3.2', '1985-03-02'],
    ['1985年3月2日', '1985-03-02'],
    ['31108', '1985-03-02'],
    ['1', '1'],
    ['昨天', '昨天'],
  ])('date %s → %s', (text, date) => {
    expect(cellDate(text)).toBe(date);
  });

  it('Excel serials around its 1900 leap-year slip', () => {
    expect(excelSerialDate(61)).toBe('1900-03-01');
    expect(excelSerialDate(46351)).toBe('2026-11-25');
  });

  it.each([
    ['522626198503020000', true],
    ['5.22626E+17', true],
    ['5.22626198503E+17', true],
    ['522626198503020011', false],
    ['52262619850302001X', false],
    ['522626850302001', false],
  ])('rounded number %s: %s', (text, rounded) => {
    expect(looksLikeRoundedNumber(text)).toBe(rounded);
  });
});
