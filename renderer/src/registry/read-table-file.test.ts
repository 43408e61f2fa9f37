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
