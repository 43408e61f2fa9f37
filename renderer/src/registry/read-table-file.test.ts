import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { decodeCsv, readTableFile } from './read-table-file';

describe('reading CSV and XLSX files', () => {
  it('reads UTF-8 CSV with a BOM and quoted cells', async () => {
    const bytes = new TextEncoder().encode('\uFEFFcode,name\n522626101201,"马家寨村, 一组"\n');
    expect(await readTableFile('村.csv', bytes)).toEqual({
      ok: true,
      value: [['code', 'name'], ['522626101201', '马家寨村, 一组'], ['']],
    });
  });

  it('reads GBK CSV as saved by Excel on Chinese Windows', () => {
    // "马家寨村" in GBK
    expect(decodeCsv(new Uint8Array([0xc2, 0xed, 0xbc, 0xd2, 0xd5, 0xaf, 0xb4, 0xe5]))).toBe('马家寨村');
  });

  it('reads the first sheet of an XLSX file, numbers as text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('村');
    ws.addRow(['code', 'name', 'latitude', 'longitude']);
    ws.addRow(['522626101201', '马家寨村', 27.17, 108.81]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(await readTableFile('村.xlsx', bytes)).toEqual({
      ok: true,
      value: [
        ['code', 'name', 'latitude', 'longitude'],
        ['522626101201', '马家寨村', '27.17', '108.81'],
      ],
    });
  });

  it('refuses other files and broken ones with a clear code', async () => {
    expect(await readTableFile('photo.jpg', new Uint8Array([1, 2]))).toMatchObject({
      ok: false,
      error: { code: 'import.fileType' },
    });
    expect(await readTableFile('bad.xlsx', new Uint8Array([1, 2, 3]))).toMatchObject({
      ok: false,
      error: { code: 'import.unreadable' },
    });
  });
});

describe('reading what Excel makes of dates and long numbers', () => {
  it('date cells become YYYY-MM-DD; a formula gives its result; an ID typed as a number keeps its rounded digits', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('求职者');
    ws.addRow(['出生日期', '身份证号', '同意日期', '上班时间']);
    ws.addRow([
      new Date(Date.UTC(1985, 2, 2)),
      522626198503021000,
      { formula: 'DATE(2026,11,20)', result: new Date(Date.UTC(2026, 10, 20)) },
      new Date(Date.UTC(1899, 11, 30, 9, 0)),
    ]);
    const cell = ws.getCell('A2');
    cell.numFmt = 'yyyy/m/d';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(await readTableFile('求职者.xlsx', bytes)).toEqual({
      ok: true,
      value: [
        ['出生日期', '身份证号', '同意日期', '上班时间'],
        ['1985-03-02', '522626198503021000', '2026-11-20', '09:00'],
      ],
    });
  });
});
