import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { exportNotes, type ExportInput } from './notes';
import { writeLedgerSheet, writePairsSheet } from './xlsx-sheet';

/**
 * A ledger as an `.xlsx` file, streamed: the ledger's sheet, then a 说明 sheet (what a row is, the filter, the
 * count, whether numbers are masked). The rows are read from the source as the reader takes the bytes; a reader
 * that goes away stops the reading. `done` settles when the file is whole (or the reader left), with the count.
 */
export function streamLedgerXlsx(input: ExportInput): { body: Readable; done: Promise<number> } {
  const body = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: body, useStyles: true, useSharedStrings: false });
  workbook.creator = '家门口就业服务站 县级控制台';
  workbook.created = new Date(input.at);
  const done = (async () => {
    const rows = await writeLedgerSheet(workbook, body, {
      name: input.source.titleZh,
      columns: input.source.columns,
      rows: input.source.stream(input.filter),
      full: input.full,
    });
    writePairsSheet(workbook, '说明', ['项目', '内容'], exportNotes(input, rows));
    await workbook.commit();
    return rows;
  })();
  done.catch((error: unknown) => body.destroy(error instanceof Error ? error : new Error(String(error))));
  return { body, done };
}
