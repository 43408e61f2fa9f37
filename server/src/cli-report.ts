import { join } from 'node:path';
import type { Reporting } from './reporting/ledger-source';
import { isMonth, monthAt, reportMonthAt } from './reporting/monthly/months';
import { createMonthlyReports } from './reporting/monthly/monthly-reports';
import type { Service } from './service';

/** Where the monthly reports go: `<data>/exports/`. */
export const exportsFolder = (dataDir: string): string => join(dataDir, 'exports');

/** The server's monthly reports over its reporting reader, its clock and its audit log. */
export const monthlyReportsFor = (service: Service, reporting: Reporting, dataDir: string, now: () => number) =>
  createMonthlyReports({
    reporting,
    dir: exportsFolder(dataDir),
    now,
    county: service.countyAreaCode,
    audit: service.console.logAudit,
    onError: (error) =>
      console.error(`月报写入失败，一小时后重试 (monthly report failed; trying again in an hour): ${String(error)}`),
  });

/** `npm run county -- report [--month YYYY-MM]`: writes a month's report now (last month by default). */
export async function runReportCommand(
  service: Service,
  reporting: Reporting | undefined,
  dataDir: string,
  month: string | undefined,
): Promise<number> {
  const now = Date.now;
  const wanted = month ?? reportMonthAt(now());
  if (!isMonth(wanted) || wanted > monthAt(now())) {
    console.error(
      `Not a month that has begun: ${wanted} (YYYY-MM)\n月份不对：${wanted}（应为已开始的月份，如 2026-11）`,
    );
    return 2;
  }
  if (!reporting) {
    console.error('Reporting is not available on this server\n本服务器尚未启用报表功能');
    return 1;
  }
  const written = await monthlyReportsFor(service, reporting, dataDir, now).write(wanted);
  console.log(`Monthly report for ${wanted} written: ${written.path}\n${wanted} 月报已写入：${written.path}`);
  return 0;
}
