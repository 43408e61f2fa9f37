/**
 * How spreadsheet cells arrive once Excel has had them, and what they meant: dates typed into a date cell come
 * as Excel serial day numbers or as YYYY-MM-DD (the file reader turns date cells into that), an ID number typed
 * into a number cell comes back rounded to 15 significant digits ("5.22626E+17" in a CSV, trailing zeros in an
 * .xlsx). Pure.
 */

/** Excel's day 0 in its 1900 date system (the serial 60 is its 1900-02-29, which never was). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** An Excel date serial (whole days, 1 … 2958465) as YYYY-MM-DD. */
export function excelSerialDate(serial: number): string {
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A date cell's text as YYYY-MM-DD: 1985-3-2, 1985/03/02, 1985.3.2, 1985年3月2日, or an Excel serial number
 * (e.g. 31108 when the cell lost its date format). Anything else is returned trimmed, for the check to refuse.
 */
export function cellDate(text: string): string {
  const t = text.trim();
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s+0{1,2}:00(?::00)?)?$/.exec(t);
  if (m) return `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}`;
  if (/^\d{4,5}(\.0+)?$/.test(t)) {
    const serial = Number(t);
    if (serial >= 1 && serial <= 2_958_465) return excelSerialDate(serial);
  }
  return t;
}

/**
 * Whether an ID-number cell is a number Excel rounded: scientific notation, or more than 15 digits whose
 * digits after the 15th are all zeros (Excel keeps 15 significant digits). A real 18-character ID number
 * that happens to end in three zeros is still checked normally (its check character decides).
 */
export function looksLikeRoundedNumber(text: string): boolean {
  const t = text.trim();
  if (/^\d(\.\d+)?e\+?\d+$/i.test(t)) return true;
  return /^\d{16,}$/.test(t) && /^0+$/.test(t.slice(15));
}
