/**
 * What every spreadsheet import shares: finding its columns by header (Chinese or English, any order), the
 * row errors it reports, and reading a row's cells. Pure.
 */
export interface RowError {
  /** 1-based row number as the person sees it in Excel (the header is row 1) */
  readonly row: number;
  readonly field: string;
  readonly code: string;
}

export type ColumnSpec<C extends string> = Readonly<Record<C, readonly string[]>>;

export type ColumnIndex<C extends string> = { readonly ok: true; readonly index: Readonly<Record<C, number>> } | { readonly ok: false; readonly errors: readonly RowError[] };

/** Finds each column by its accepted headers; a missing required column is an error on row 1. */
export function indexColumns<C extends string>(header: readonly string[] | undefined, spec: ColumnSpec<C>, required: readonly C[]): ColumnIndex<C> {
  const names = (header ?? []).map((h) => h.trim().toLowerCase());
  const index = {} as Record<C, number>;
  const errors: RowError[] = [];
  for (const column of Object.keys(spec) as C[]) {
    index[column] = names.findIndex((h) => spec[column].includes(h));
    if (index[column] < 0 && required.includes(column)) errors.push({ row: 1, field: column, code: 'import.column' });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, index };
}

/** The trimmed text of a column in a row ('' when the column is absent). */
export function cellOf<C extends string>(cells: readonly string[], index: Readonly<Record<C, number>>, column: C): string {
  return index[column] >= 0 ? (cells[index[column]] ?? '').trim() : '';
}

export const isBlankRow = (cells: readonly string[]): boolean => cells.every((c) => (c ?? '').trim() === '');

/** One error per field and code, in the order found. */
export function uniqueErrors(errors: readonly RowError[]): RowError[] {
  return [...new Map(errors.map((e) => [`${e.field}:${e.code}`, e])).values()];
}
