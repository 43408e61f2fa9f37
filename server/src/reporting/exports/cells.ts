import type { CellKind, LedgerCell } from '../ledger-source';

/** The county keeps Beijing time (UTC+8, no daylight saving): a stored instant is shown as the clock there read. */
export const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` as midnight UTC (the way a spreadsheet's date serial is written), or null when it is not a date. */
export function dateOf(text: string): Date | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text ? date : null;
}

/** An instant as the Beijing wall clock, for a spreadsheet (which has no time zones). */
export const beijingWallClock = (ms: number): Date => new Date(ms + BEIJING_OFFSET_MS);

/** `YYYY-MM-DD HH:mm` in Beijing time. */
export const beijingText = (ms: number): string => beijingWallClock(ms).toISOString().slice(0, 16).replace('T', ' ');

/** Excel number formats for the kinds that have one. */
export const NUMBER_FORMATS: Partial<Record<CellKind, string>> = {
  number: '#,##0.##',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
};

/** A cell's value as the workbook holds it: dates as dates, numbers as numbers, everything else as text. */
export function xlsxValue(kind: CellKind, value: LedgerCell): string | number | Date | null {
  if (value === null || value === '') return null;
  switch (kind) {
    case 'number':
    case 'percent':
      return typeof value === 'number' ? value : Number.isFinite(Number(value)) ? Number(value) : String(value);
    case 'date':
      return (typeof value === 'string' ? dateOf(value) : null) ?? String(value);
    case 'datetime':
      return typeof value === 'number' ? beijingWallClock(value) : String(value);
    default:
      return String(value);
  }
}

/** A spreadsheet would run text starting with one of these as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell's text in a CSV file (before quoting): dates `YYYY-MM-DD`, percentages `85.5%`, text kept from formulas. */
export function csvText(kind: CellKind, value: LedgerCell): string {
  if (value === null) return '';
  switch (kind) {
    case 'number':
      return String(value);
    case 'percent':
      return typeof value === 'number' ? `${Math.round(value * 1000) / 10}%` : String(value);
    case 'date':
      return String(value).slice(0, 10);
    case 'datetime':
      return typeof value === 'number' ? beijingText(value) : String(value);
    default: {
      const text = String(value);
      return FORMULA_START.test(text) ? `'${text}` : text;
    }
  }
}

/** One CSV field: quoted when it holds a comma, quote or line break (quotes doubled inside). */
export const csvField = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
