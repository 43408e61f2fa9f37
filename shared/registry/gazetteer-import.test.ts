import { describe, expect, it } from 'vitest';
import { parseGazetteer } from './gazetteer-import';

describe('village list import', () => {
  it('reads rows under Chinese or English headers, in any column order', () => {
    const r = parseGazetteer([
      ['纬度', '名称', '经度', '行政区划代码'],
      ['27.17', '马家寨村', '108.81', '522626101201'],
    ]);
    expect(r).toEqual({
      villages: [{ code: '522626101201', name: '马家寨村', latitude: 27.17, longitude: 108.81 }],
      errors: [],
    });
  });

  it('names every missing column and imports nothing', () => {
    const r = parseGazetteer([['code', 'village', 'lat']]);
    expect(r.villages).toEqual([]);
    expect(r.errors).toEqual([
      { row: 1, field: 'name', code: 'import.column' },
      { row: 1, field: 'longitude', code: 'import.column' },
    ]);
  });

  it('reports each bad row by its Excel row number and field, keeping the good ones', () => {
    const r = parseGazetteer([
      ['code', 'name', 'latitude', 'longitude'],
      ['522626101201', '马家寨村', '27.17', '108.81'],
      ['5226261012', '白岩村', '27.2', '108.8'],
      ['522626101203', '', '27.2', '108.8'],
      ['522626101204', '高寨村', 'abc', '200'],
      ['', '', '', ''],
      ['522626101201', '马家寨村二组', '27.1', '108.8'],
    ]);
    expect(r.villages.map((v) => v.name)).toEqual(['马家寨村']);
    expect(r.errors).toEqual([
      { row: 3, field: 'code', code: 'areaCode.length' },
      { row: 4, field: 'name', code: 'name.empty' },
      { row: 5, field: 'latitude', code: 'village.latitude' },
      { row: 5, field: 'longitude', code: 'village.longitude' },
      { row: 7, field: 'code', code: 'import.duplicateCode' },
    ]);
  });
});
