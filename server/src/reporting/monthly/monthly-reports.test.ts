import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditInput } from '../../console/audit';
import { fakeReporting } from '../../test-support/fake-reporting';
import { createMonthlyReports, type Timers } from './monthly-reports';
import { REPORT_ROW_CAP } from './report-workbook';

const HOUR = 60 * 60 * 1000;
/** 2026-11-15 10:00 in Beijing. */
const MID_NOVEMBER = Date.UTC(2026, 10, 15, 2);
/** 2026-12-01 00:30 in Beijing (still 30 November in UTC). */
const FIRST_OF_DECEMBER = Date.UTC(2026, 10, 30, 16, 30);

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'county-exports-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function setUp(count?: Parameters<typeof fakeReporting>[0]) {
  const clock = { now: MID_NOVEMBER };
  const fake = fakeReporting(count);
  const audits: AuditInput[] = [];
  const errors: unknown[] = [];
  const interval: { run: (() => void) | null; ms: number } = { run: null, ms: 0 };
  const timers: Timers = {
    setInterval: (run, ms) => {
      interval.run = run;
      interval.ms = ms;
      return 1;
    },
    clearInterval: () => {
      interval.run = null;
    },
  };
  const reports = createMonthlyReports({
    reporting: fake.reporting,
    dir,
    now: () => clock.now,
    county: async () => '522626',
    audit: async (input) => audits.push(input),
    timers,
    onError: (error) => errors.push(error),
  });
  return { clock, fake, audits, errors, interval, reports };
}

async function open(file: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, file));
  return book;
}

const files = () => readdirSync(dir).sort();

describe('the monthly report', () => {
  it('is written on start when last month is missing: figures, ledger counts, masked rows, private, whole', async () => {
    const { reports, fake, audits } = setUp();
    reports.start();
    await reports.stop();
    expect(files()).toEqual(['522626-月报-2026-10.xlsx']);
    expect(statSync(join(dir, '522626-月报-2026-10.xlsx')).mode & 0o777).toBe(0o600);
    expect(fake.summaries).toEqual([{ from: '2026-10-01', to: '2026-10-31' }]);
    expect(fake.ledgers.get('visits')?.filters.at(-1)).toEqual({ from: '2026-10-01', to: '2026-10-31' });

    const book = await open('522626-月报-2026-10.xlsx');
    expect(book.worksheets.map((s) => s.name).slice(0, 4)).toEqual(['总览', '台账汇总', '求职登记台账', '岗位台账']);
    const overview = new Map<string, unknown>();
    book.getWorksheet('总览')?.eachRow((r) => overview.set(String(r.getCell(1).value), r.getCell(2).value));
    expect(overview.get('统计期间')).toBe('2026-10-01 至 2026-10-31');
    expect(overview.get('登记求职人数（全县按身份证号去重）')).toBe(120);
    expect(overview.get('其中满 3 个月仍在岗')).toBe(7);
    expect(overview.get('未解决用工问题（严重）')).toBe(1);
    expect(book.getWorksheet('台账汇总')?.getRow(2).values).toEqual([undefined, '求职登记台账（一条记录）', 3]);
    const seekers = book.getWorksheet('求职登记台账');
    expect(seekers?.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(seekers?.getRow(2).getCell(2).value).toBe('5226**********0023');
    expect(audits).toEqual([
      {
        userId: null,
        action: 'report.write',
        target: '522626-月报-2026-10.xlsx',
        detail: { month: '2026-10', ledgers: 9, scheduled: true },
      },
    ]);
  });

  it('is written on the first day of each month, once, by the hourly look', async () => {
    const { reports, clock, interval, audits } = setUp();
    reports.start();
    await reports.catchUp();
    expect(interval.ms).toBe(HOUR);
    interval.run?.();
    await reports.catchUp();
    expect(files()).toEqual(['522626-月报-2026-10.xlsx']);

    clock.now = FIRST_OF_DECEMBER;
    interval.run?.();
    interval.run?.();
    await reports.stop();
    expect(files()).toEqual(['522626-月报-2026-10.xlsx', '522626-月报-2026-11.xlsx']);
    expect(audits.map((a) => a.target)).toEqual(['522626-月报-2026-10.xlsx', '522626-月报-2026-11.xlsx']);
    expect(interval.run).toBeNull();
  });

  it('counts a ledger too long to list and says where to export it, without reading its rows', async () => {
    const { reports, fake } = setUp((name) => (name === 'visits' ? REPORT_ROW_CAP + 1 : 2));
    await reports.write('2026-11');
    expect(fake.ledgers.get('visits')?.filters).toHaveLength(1);
    const visits = (await open('522626-月报-2026-11.xlsx')).getWorksheet('上岗回访记录');
    expect(visits?.rowCount).toBe(2);
    expect(String(visits?.getRow(2).getCell(1).value)).toContain(`本月共 ${REPORT_ROW_CAP + 1} 行`);
  });

  it('leaves nothing behind when it fails, tells why, and tries again at the next look', async () => {
    const { reports, fake, errors, interval } = setUp();
    const summary = fake.reporting.summary;
    fake.reporting.summary = async () => {
      throw new Error('the database is away');
    };
    reports.start();
    await reports.catchUp().catch(() => undefined);
    expect(files()).toEqual([]);
    expect(errors).toHaveLength(1);
    fake.reporting.summary = summary;
    interval.run?.();
    await reports.stop();
    expect(files()).toEqual(['522626-月报-2026-10.xlsx']);
  });

  it('written again on demand replaces the month’s file, audited as the account that asked', async () => {
    const { reports, audits } = setUp();
    await reports.write('2026-10');
    await reports.write('2026-10', 'user-1');
    expect(files()).toEqual(['522626-月报-2026-10.xlsx']);
    expect(audits.at(-1)).toMatchObject({ userId: 'user-1', detail: { scheduled: false } });
    expect(reports.list()).toEqual([expect.objectContaining({ name: '522626-月报-2026-10.xlsx', month: '2026-10' })]);
  });
});
