/**
 * What a downloadable import template is made of: a named sheet, one column per field with its header, a
 * line of guidance and its kind (the workbook formats ID numbers as text and dates as dates, and offers
 * drop-downs for fixed choices), and one example row. Pure data: the renderer builds the .xlsx from it.
 */
export interface TemplateColumn {
  readonly header: string;
  /** the instructions row's cell for this column */
  readonly hint: string;
  readonly kind: 'text' | 'date' | 'choice';
  /** for `choice`: the drop-down's entries */
  readonly choices?: readonly string[];
  /** for `choice`: other text is allowed too (the list only suggests) */
  readonly free?: boolean;
  readonly width?: number;
}

export interface TableTemplate {
  readonly sheet: string;
  readonly columns: readonly TemplateColumn[];
  /** one example row, in column order; dates as YYYY-MM-DD */
  readonly sample: readonly string[];
}

/** The instructions row starts with this mark; every import skips such a row. */
export const INSTRUCTIONS_MARK = '【填写说明】';

export const isInstructionsRow = (cells: readonly string[]): boolean =>
  (cells[0] ?? '').trim().startsWith(INSTRUCTIONS_MARK);

/** The example row's name carries this mark; an import refuses a row that still has it. */
export const SAMPLE_MARK = '示例';
