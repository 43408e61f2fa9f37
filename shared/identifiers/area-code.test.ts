import { describe, expect, it } from 'vitest';
import { parseAreaCode, PROVINCE_NAMES, PROVINCE_PREFIXES } from './area-code';

describe('parseAreaCode', () => {
  it.each([
    ['522626', 'county'],
    ['410105', 'county'],
    ['522626101', 'township'],
    ['522626101203', 'village'],
  ])('accepts %s as a %s code', (code, level) => {
    const r = parseAreaCode(code);
    expect(r.ok && r.value.level).toBe(level);
  });

  it.each([
    ['', 'areaCode.empty'],
    ['   ', 'areaCode.empty'],
    ['52262a', 'areaCode.digits'],
    ['52262', 'areaCode.length'],
    ['5226261', 'areaCode.length'],
    ['992626', 'areaCode.province'],
    ['100101', 'areaCode.province'],
    ['520100', 'areaCode.county'],
    ['522626000', 'areaCode.township'],
    ['522626400', 'areaCode.township'],
    ['522626101000', 'areaCode.village'],
    ['522626101400', 'areaCode.village'],
  ])('rejects %j with %s', (code, expected) => {
    const r = parseAreaCode(code);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe(expected);
  });

  it('trims surrounding spaces', () => {
    const r = parseAreaCode(' 522626 ');
    expect(r.ok && r.value.code).toBe('522626');
  });
});

describe('province names', () => {
  it('name every province prefix, in both languages', () => {
    for (const p of PROVINCE_PREFIXES) {
      expect(PROVINCE_NAMES[p]?.zh, p).toBeTruthy();
      expect(PROVINCE_NAMES[p]?.en, p).toBeTruthy();
    }
    expect(Object.keys(PROVINCE_NAMES).sort()).toEqual([...PROVINCE_PREFIXES].sort());
  });
});
