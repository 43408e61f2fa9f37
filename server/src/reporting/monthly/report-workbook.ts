import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { chmod, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { PRIVATE_FILE_MODE, privateFolder } from '../../store/private-files';
import { LEDGER_NAMES, type LedgerName, type Reporting } from '../ledger-source';
import { writeLedgerSheet, writePairsSheet } from '../exports/xlsx-sheet';
import { monthRange } from './months';
import { reportFileName } from './report-files';
import { summaryLines } from './summary-lines';

/**
 * A ledger with more rows than this in the month is counted in the report but not listed: its sheet says how
 * many rows there are and where to export them. Below it, every row is in the report (masked).
 */
export const REPORT_ROW_CAP = 50_000;

export interface WrittenReport {
  readonly name: string;
  readonly path: string;
  readonly month: string;
  readonly ledgers: readonly { readonly name: LedgerName; readonly rows: number; readonly listed: boolean }[];
}

/**
 * Writes the month's report into `dir`: 总览 (the dashboard's figures for the month), 台账汇总 (each ledger's row
 * count), then one sheet per ledger with its rows, identity numbers and phones masked. Written to a temporary
 * file and renamed into place, so the folder never holds half a report; the file is for the server's account
 * only (0600). A report written again for the same month replaces the earlier one.
 */
export async function writeMonthlyReport(input: {
  readonly reporting: Reporting;
  readonly dir: string;
  readonly county: string;
  readonly month: string;
  readonly at: number;
}): Promise<WrittenReport> {
  const { reporting, dir, month } = input;
  privateFolder(dir);
  const name = reportFileName(input.county, month);
  const path = join(dir, name);
  const temp = join(dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  const file = createWriteStream(temp, { flags: 'wx', mode: PRIVATE_FILE_MODE });
  try {
    const filter = monthRange(month);
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: file, useStyles: true });
    workbook.creator = '家门口就业服务站 县级控制台';
    workbook.created = new Date(input.at);
    writePairsSheet(workbook, '总览', ['指标', '数值'], summaryLines(await reporting.summary(filter)));
    const counts = await Promise.all(
      LEDGER_NAMES.map(async (ledger) => {
        const source = reporting.ledger(ledger);
        const { total } = await source.page({ ...filter, page: 1, pageSize: 1 });
        return { name: ledger, source, rows: total, listed: total <= REPORT_ROW_CAP };
      }),
    );
    writePairsSheet(
      workbook,
      '台账汇总',
      ['台账（每行是）', '本月行数'],
      counts.map((c) => [`${c.source.titleZh}（${c.source.rowIsZh}）`, c.rows]),
    );
    for (const c of counts) {
      await writeLedgerSheet(workbook, file, {
        name: c.source.titleZh,
        columns: c.source.columns,
        rows: c.listed ? c.source.stream(filter) : emptyRows(),
        full: false,
        emptyNote: c.listed
          ? undefined
          : `本月共 ${c.rows} 行，超过月报列出的上限 ${REPORT_ROW_CAP} 行：请在县级控制台按月导出此台账`,
      });
    }
    await workbook.commit();
    if (!file.closed) await once(file, 'close');
    await chmod(temp, PRIVATE_FILE_MODE);
    await rename(temp, path);
    return { name, path, month, ledgers: counts.map(({ name: n, rows, listed }) => ({ name: n, rows, listed })) };
  } catch (error) {
    file.destroy();
    await rm(temp, { force: true });
    throw error;
  }
}

async function* emptyRows(): AsyncGenerator<never> {
  // A ledger too long to list has no rows in the report.
}
