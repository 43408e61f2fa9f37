import type { Writable } from 'node:stream';
import type { stream, Worksheet } from 'exceljs';
import { maskLedgerRow, type LedgerColumn, type LedgerRow } from '../ledger-source';
import { sheetDrained } from './back-pressure';
import { NUMBER_FORMATS, xlsxValue } from './cells';

/** Rows written between two waits for the reader. */
const BATCH = 500;

/** What the sheet's last row says when the filter selected nothing. */
export const NOTHING_MATCHED_ZH = '没有符合筛选条件的记录';

/** Excel allows 31 characters in a sheet's name and none of `[]:*?/\`. */
export const sheetName = (title: string): string => title.replace(/[[\]:*?/\\]/g, '-').slice(0, 31) || 'Sheet';

export interface SheetInput {
  readonly name: string;
  readonly columns: readonly LedgerColumn[];
  readonly rows: AsyncIterable<LedgerRow>;
  /** Full identity numbers and phones (a county admin's export with a reason); masked otherwise. */
  readonly full: boolean;
  /** What the sheet's last row says when there were no rows. */
  readonly emptyNote?: string;
}

/**
 * One ledger as a sheet of a streaming workbook: a bold, frozen header of the columns' Chinese names with an
 * auto-filter, the columns' widths and number formats, dates as dates; rows written and let go a batch at a time,
 * waiting for the reader between batches. Returns the number of rows written.
 */
export async function writeLedgerSheet(
  workbook: stream.xlsx.WorkbookWriter,
  destination: Writable,
  input: SheetInput,
): Promise<number> {
  const { columns } = input;
  const sheet: Worksheet = workbook.addWorksheet(sheetName(input.name), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  sheet.columns = columns.map((c) => ({
    key: c.key,
    width: c.width,
    style: NUMBER_FORMATS[c.kind] ? { numFmt: NUMBER_FORMATS[c.kind] } : {},
  }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(columns.length, 1) } };
  const header = sheet.addRow(columns.map((c) => c.headerZh));
  header.font = { bold: true };
  header.commit();

  let count = 0;
  for await (const raw of input.rows) {
    if (destination.destroyed) break;
    const row = input.full ? raw : maskLedgerRow(columns, raw);
    sheet.addRow(columns.map((c) => xlsxValue(c.kind, row[c.key] ?? null))).commit();
    count += 1;
    if (count % BATCH === 0) await sheetDrained(sheet, destination);
  }
  if (count === 0) sheet.addRow([input.emptyNote ?? NOTHING_MATCHED_ZH]).commit();
  sheet.commit();
  return count;
}

/** A sheet of label–value lines (an export's notes, the monthly report's figures). */
export function writePairsSheet(
  workbook: stream.xlsx.WorkbookWriter,
  name: string,
  header: readonly [string, string],
  pairs: readonly (readonly [string, string | number])[],
): void {
  const sheet = workbook.addWorksheet(sheetName(name), { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.columns = [
    { key: 'label', width: 28 },
    { key: 'value', width: 48 },
  ];
  const top = sheet.addRow([...header]);
  top.font = { bold: true };
  top.commit();
  for (const [label, value] of pairs) sheet.addRow([label, value]).commit();
  sheet.commit();
}
