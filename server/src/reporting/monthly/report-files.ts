import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** `522626-月报-2026-11.xlsx`: the county, the word, the month. Nothing else in the folder is a report. */
const REPORT_FILE = /^([^\\/]{1,40})-月报-(\d{4}-(?:0[1-9]|1[0-2]))\.xlsx$/u;

export const reportFileName = (county: string, month: string): string => `${county}-月报-${month}.xlsx`;

export interface ReportFile {
  readonly name: string;
  readonly month: string;
  readonly bytes: number;
  readonly writtenAt: number;
}

/** The monthly reports in `dir`, newest month first (none when the folder is not there yet). */
export function listReports(dir: string): ReportFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const files: ReportFile[] = [];
  for (const name of names) {
    const m = REPORT_FILE.exec(name);
    if (!m?.[2]) continue;
    const stat = statSync(join(dir, name));
    if (stat.isFile()) files.push({ name, month: m[2], bytes: stat.size, writtenAt: stat.mtimeMs });
  }
  return files.sort((a, b) => (a.month === b.month ? a.name.localeCompare(b.name) : a.month < b.month ? 1 : -1));
}

/**
 * The path of the report called `name`, only when a report of that exact name is in the folder: a name with
 * a separator, `..` or anything else that is not one of the listed files gets null, so nothing outside the
 * folder can be asked for.
 */
export function reportPath(dir: string, name: string): string | null {
  if (!REPORT_FILE.test(name)) return null;
  return listReports(dir).some((f) => f.name === name) ? join(dir, name) : null;
}

/** Whether the folder holds a report of this month (for any county code). */
export const hasReport = (dir: string, month: string): boolean => listReports(dir).some((f) => f.month === month);
