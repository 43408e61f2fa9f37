import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fakeLedger } from '../../test-support/fake-reporting';
import { streamLedgerXlsx } from './xlsx-export';

const AT = Date.UTC(2026, 11, 1, 2);

async function collect(body: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  await pipeline(
    body,
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        parts.push(chunk);
        callback();
      },
    }),
  );
  return Buffer.concat(parts);
}

async function workbookOf(rows: number, full = false) {
  const { body, done } = streamLedgerXlsx({ source: fakeLedger('subsidy-claims', rows), filter: {}, full, at: AT });
  const bytes = await collect(body);
  expect(await done).toBe(rows);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

describe('a ledger as .xlsx', () => {
  it('has a sheet named for the ledger with a bold, frozen, filtered header of Chinese names and the widths', async () => {
    const book = await workbookOf(3);
    const sheet = book.getWorksheet('培训补贴申领名单');
    expect(sheet).toBeDefined();
    if (!sheet) return;
    const header = sheet.getRow(1);
    expect(header.values).toEqual([
      undefined,
      '姓名',
      '身份证号码',
      '手机号',
      '开始日期',
      '更新时间',
      '学时',
      '出勤率',
    ]);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(2).width).toBe(22);
    expect(sheet.getColumn(1).width).toBe(12);
    expect(sheet.rowCount).toBe(4);
  });

  it('writes dates as dates, numbers as numbers, percentages formatted, and masks ID numbers and phones', async () => {
    const sheet = (await workbookOf(2)).getWorksheet('培训补贴申领名单');
    const row = sheet?.getRow(3);
    expect(row?.getCell(1).value).toBe('张三, "小张"');
    expect(row?.getCell(2).value).toBe('5226**********0023');
    expect(row?.getCell(3).value).toBe('138****8000');
    expect(row?.getCell(4).value).toEqual(new Date(Date.UTC(2026, 10, 3)));
    expect(row?.getCell(4).numFmt).toBe('yyyy-mm-dd');
    // 01:30 UTC is 09:30 in Beijing, as the sheet shows it.
    expect(row?.getCell(5).value).toEqual(new Date(Date.UTC(2026, 10, 3, 9, 30)));
    expect(row?.getCell(6).value).toBe(32);
    expect(row?.getCell(7).value).toBe(0.875);
    expect(row?.getCell(7).numFmt).toBe('0.0%');
  });

  it('writes the full numbers only when asked, and says so in its notes', async () => {
    const book = await workbookOf(1, true);
    expect(book.getWorksheet('培训补贴申领名单')?.getRow(2).getCell(2).value).toBe('522626199001010023');
    const notes = book.getWorksheet('说明');
    const lines = new Map<string, unknown>();
    notes?.eachRow((r) => lines.set(String(r.getCell(1).value), r.getCell(2).value));
    expect(lines.get('证件号码和手机号')).toContain('完整');
    expect(lines.get('行数')).toBe(1);
    expect(lines.get('台账')).toBe('培训补贴申领名单');
  });

  it('with nothing selected, is the header and a note saying nothing matched', async () => {
    const sheet = (await workbookOf(0)).getWorksheet('培训补贴申领名单');
    expect(sheet?.getRow(1).getCell(1).value).toBe('姓名');
    expect(sheet?.getRow(2).getCell(1).value).toBe('没有符合筛选条件的记录');
    expect(sheet?.rowCount).toBe(2);
  });
});
