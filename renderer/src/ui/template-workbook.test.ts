import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseSeekerRows, SEEKER_TEMPLATE } from '#shared/registry/seeker-import';
import { readTableFile } from '../registry/read-table-file';
import { templateWorkbook } from './template-workbook';

describe('the seeker import template', () => {
  it('is a named sheet with an instructions row, text-formatted IDs, date cells and drop-downs', async () => {
    const bytes = await templateWorkbook(SEEKER_TEMPLATE);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = wb.getWorksheet('求职者');
    expect(sheet).toBeDefined();
    if (!sheet) return;
    const col = (header: string) => SEEKER_TEMPLATE.columns.findIndex((c) => c.header === header) + 1;
    expect(String(sheet.getCell(2, 1).value)).toMatch(/^【填写说明】/);
    expect(sheet.getCell(40, col('身份证号')).numFmt).toBe('@');
    expect(sheet.getCell(3, col('出生日期')).value).toEqual(new Date(Date.UTC(1985, 2, 2)));
    expect(sheet.getCell(40, col('出生日期')).numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell(40, col('性别')).dataValidation).toMatchObject({ type: 'list', formulae: ['"男,女"'] });
    expect(sheet.getCell(40, col('文化程度')).dataValidation?.formulae).toEqual([
      '"未上学,小学,初中,高中,中专,技校,大专,本科"',
    ]);
    // Sex and education refuse other text; working hours only suggest (a time range may be typed instead).
    expect(sheet.getCell(40, col('性别')).dataValidation?.showErrorMessage).toBe(true);
    expect(sheet.getCell(40, col('工作时间')).dataValidation?.type).toBe('list');
    expect(sheet.getCell(40, col('工作时间')).dataValidation?.showErrorMessage).toBeFalsy();
  });

  it('read back as it is downloaded, imports nothing: the instructions are skipped and the example refused', async () => {
    const rows = await readTableFile('求职者导入模板.xlsx', await templateWorkbook(SEEKER_TEMPLATE));
    expect(rows.ok).toBe(true);
    if (!rows.ok) return;
    const r = parseSeekerRows(rows.value, '2026-11-25', new Set(), 's');
    expect(r.seekers).toEqual([]);
    expect(r.errors).toEqual([{ row: 3, field: 'name', code: 'import.sampleRow' }]);
    expect(r.names.get(3)).toBe('张三（示例）');
  });
});
