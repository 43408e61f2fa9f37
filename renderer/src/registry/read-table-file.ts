import { err, ok, type Result } from '#shared/result';

/** Text of a CSV file: UTF-8 (with or without BOM), or GBK as Excel on Chinese Windows saves it. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

async function csvRows(bytes: Uint8Array): Promise<string[][]> {
  const { default: Papa } = await import('papaparse');
  const parsed = Papa.parse<string[]>(decodeCsv(bytes), { skipEmptyLines: false });
  return parsed.data.map((row) => row.map((cell) => String(cell ?? '')));
}

/**
 * A date as Excel stores it (exceljs holds it as UTC) → YYYY-MM-DD; a time of day alone (Excel's day 0,
 * 1899-12-30, as when 09:00 is typed into a cell) → HH:MM.
 */
function isoDay(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  return iso.startsWith('1899-12-30') || iso.startsWith('1899-12-31') ? iso.slice(11, 16) : iso.slice(0, 10);
}

/**
 * A cell's text: date cells (typed as dates, or formatted as dates) become YYYY-MM-DD, a formula its result,
 * anything else the text Excel shows. Numbers stay as digits, so an ID number Excel rounded can be recognised.
 */
function cellText(cell: { readonly value: unknown; readonly text: string }): string {
  const value = cell.value;
  if (value instanceof Date) return isoDay(value);
  if (value && typeof value === 'object' && 'result' in value) {
    const result = (value as { readonly result: unknown }).result;
    if (result instanceof Date) return isoDay(result);
    if (typeof result === 'string' || typeof result === 'number' || typeof result === 'boolean') return String(result);
  }
  return cell.text ?? '';
}

async function xlsxRows(bytes: Uint8Array): Promise<string[][]> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell);
    });
    rows[number - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(rows, (r) => r ?? []);
}

/** The rows of a CSV or XLSX file as text; other files get a clear error. */
export async function readTableFile(name: string, bytes: Uint8Array): Promise<Result<string[][]>> {
  const lower = name.toLowerCase();
  try {
    if (lower.endsWith('.csv') || lower.endsWith('.txt')) return ok(await csvRows(bytes));
    if (lower.endsWith('.xlsx')) return ok(await xlsxRows(bytes));
  } catch (error) {
    return err('import.unreadable', error instanceof Error ? error.message : String(error));
  }
  return err('import.fileType', `Not a CSV or XLSX file: ${name}`);
}
