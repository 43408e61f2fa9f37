import type { TableTemplate } from '#shared/registry/template';

/** Rows of the template the drop-downs and formats reach: enough for a village's list. */
export const TEMPLATE_ROWS = 500;
const FIRST_DATA_ROW = 3;

const asDate = (text: string): Date | string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : text;
};

/**
 * The .xlsx of an import template: the header (row 1, frozen with the instructions under it), an instructions
 * row, the example row, ID-like columns formatted as text (so Excel never turns an ID number into a rounded
 * number), date columns as dates, and drop-down lists for fixed choices.
 */
export async function templateWorkbook(template: TableTemplate): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(template.sheet, { views: [{ state: 'frozen', ySplit: 2 }] });
  const header = sheet.addRow(template.columns.map((c) => c.header));
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE8F7' } };
  const hints = sheet.addRow(template.columns.map((c) => c.hint));
  hints.font = { italic: true, color: { argb: 'FF666666' } };
  hints.alignment = { wrapText: true, vertical: 'top' };
  hints.height = 60;
  sheet.addRow(
    template.columns.map((c, i) => (c.kind === 'date' ? asDate(template.sample[i] ?? '') : (template.sample[i] ?? ''))),
  );

  template.columns.forEach((column, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = column.width ?? 16;
    for (let r = FIRST_DATA_ROW; r < FIRST_DATA_ROW + TEMPLATE_ROWS; r += 1) {
      const cell = sheet.getCell(r, i + 1);
      cell.numFmt = column.kind === 'date' ? 'yyyy-mm-dd' : '@';
      if (column.kind === 'choice' && column.choices)
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${column.choices.join(',')}"`],
          // A fixed list refuses anything else; a list with a free form (working hours) only suggests.
          showErrorMessage: !column.free,
          errorStyle: 'stop',
          errorTitle: column.header,
          error: `请从下拉列表里选：${column.choices.join('、')}`,
        };
    }
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
