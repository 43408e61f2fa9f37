import type { AuditInput } from '../../console/audit';
import type { Reporting } from '../ledger-source';
import { reportMonthAt } from './months';
import { hasReport, listReports, reportPath, type ReportFile } from './report-files';
import { writeMonthlyReport, type WrittenReport } from './report-workbook';

/** How often the server looks whether last month's report is there: hourly, so it lands early on the 1st. */
export const CHECK_EVERY_MS = 60 * 60 * 1000;

export interface Timers {
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

const nodeTimers: Timers = {
  setInterval: (run, ms) => setInterval(run, ms).unref(),
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
};

export interface MonthlyReportsOptions {
  readonly reporting: Reporting;
  /** `<data>/exports` */
  readonly dir: string;
  readonly now: () => number;
  /** The county's area code for the file's name (null: 全县). */
  readonly county: () => Promise<string | null>;
  /** Writes one entry of the console's audit log. */
  readonly audit: (input: AuditInput) => Promise<unknown>;
  readonly everyMs?: number;
  readonly timers?: Timers;
  /** Where a report the job could not write is told (the server's log). */
  readonly onError?: (error: unknown) => void;
}

/**
 * The monthly report (月报), outside any request: on start and every hour after, last month's report is written
 * when the folder lacks it (so on the 1st of each month, and after a server that was off then comes back); on
 * demand for any month up to this one. Writes run one at a time.
 */
export function createMonthlyReports(options: MonthlyReportsOptions) {
  const timers = options.timers ?? nodeTimers;
  let queue: Promise<unknown> = Promise.resolve();
  let handle: unknown = null;

  /** Runs `task` after every task before it (a check and the write it leads to are one task). */
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function writeNow(month: string, userId: string | null): Promise<WrittenReport> {
    const written = await writeMonthlyReport({
      reporting: options.reporting,
      dir: options.dir,
      county: (await options.county()) ?? '全县',
      month,
      at: options.now(),
    });
    await options.audit({
      userId,
      action: 'report.write',
      target: written.name,
      detail: { month, ledgers: written.ledgers.length, scheduled: userId === null },
    });
    return written;
  }

  /** Writes the month's report (replacing one written before), audited as the account's or the server's. */
  const write = (month: string, userId: string | null = null): Promise<WrittenReport> =>
    serial(() => writeNow(month, userId));

  /** Last month's report, when the folder does not hold it yet; null when it does. */
  const catchUp = (): Promise<WrittenReport | null> =>
    serial(async () => {
      const month = reportMonthAt(options.now());
      return hasReport(options.dir, month) ? null : writeNow(month, null);
    });

  const check = () => {
    catchUp().catch((error: unknown) => options.onError?.(error));
  };

  return {
    write,
    catchUp,
    /** Looks at once, then every hour. */
    start(): void {
      if (handle !== null) return;
      check();
      handle = timers.setInterval(check, options.everyMs ?? CHECK_EVERY_MS);
    },
    /** No more looks; resolves once a write under way has finished. */
    async stop(): Promise<void> {
      if (handle !== null) timers.clearInterval(handle);
      handle = null;
      await queue;
    },
    list: (): ReportFile[] => listReports(options.dir),
    path: (name: string): string | null => reportPath(options.dir, name),
  };
}

export type MonthlyReports = ReturnType<typeof createMonthlyReports>;
