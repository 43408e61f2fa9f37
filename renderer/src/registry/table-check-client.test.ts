import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkCharacter } from '#shared/identifiers/resident-id';
import { parseSeekerRows, SEEKER_TEMPLATE } from '#shared/registry/seeker-import';
import { readTableFile } from './read-table-file';
import type { CheckProgress } from './table-check';
import { checkInBackground } from './table-check-client';
import type { FromChecker, ToChecker } from './table-check-protocol';
import { serveTableChecks } from './table-check-serve';
import { inMemoryWorker } from '../test-support/in-memory-worker';

const TODAY = '2026-11-25';
const header = SEEKER_TEMPLATE.columns.map((c) => c.header);
const idNumber = (n: number) => {
  const first17 = `522626199001${10 + n}001`;
  return first17 + checkCharacter(first17);
};
const ROWS = 600;

/** A seekers file of ROWS people; the first three carry ID numbers, one of which the station has already. */
async function seekersXlsx(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('求职者');
  sheet.addRow(header);
  for (let i = 0; i < ROWS; i += 1) {
    const cells: Record<string, string> = {
      姓名: `人${i}`,
      性别: '男',
      出生日期: i < 3 ? `1990-01-${10 + i}` : '1990-01-01',
      身份证号: i < 3 ? idNumber(i) : '',
      文化程度: i === 7 ? '研究生' : '初中',
      同意匹配: '是',
      同意日期: '2026-11-20',
      工作时间: '周一到五全天',
    };
    sheet.addRow(header.map((h) => cells[h] ?? ''));
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const checkWorker = () => inMemoryWorker<ToChecker, FromChecker>(serveTableChecks);

describe('checking a file in the check worker', () => {
  it('reports progress, asks which ID numbers are registered, and answers with the same report as checking in the page', async () => {
    const bytes = await seekersXlsx();
    const worker = checkWorker();
    const seen: CheckProgress[] = [];
    const asked: (readonly string[])[] = [];
    const result = await checkInBackground(
      { kind: 'seekers', fileName: '求职者.xlsx', bytes: bytes.slice(), today: TODAY, recordedBy: 's1' },
      {
        progress: (p) => seen.push(p),
        registered: (ids) => {
          asked.push(ids);
          return Promise.resolve(new Set([idNumber(1)]));
        },
      },
      undefined,
      () => worker,
    );
    expect(asked).toEqual([[idNumber(0), idNumber(1), idNumber(2)]]);
    expect(worker.sent.map((m) => m.type)).toEqual(['check', 'registered']);
    expect(worker.terminated).toBe(true);
    expect(seen).toEqual([
      { phase: 'reading' },
      { phase: 'checking', checked: 0, total: ROWS },
      { phase: 'checking', checked: 250, total: ROWS },
      { phase: 'checking', checked: 500, total: ROWS },
      { phase: 'checking', checked: ROWS, total: ROWS },
    ]);

    const rows = await readTableFile('求职者.xlsx', bytes);
    if (!rows.ok) throw new Error('unreadable');
    const inPage = parseSeekerRows(rows.value, TODAY, new Set([idNumber(1)]), 's1');
    expect(result).toEqual({ ok: true, value: { kind: 'seekers', parsed: inPage } });
    expect(inPage.errors.map((e) => [e.row, e.code])).toEqual([
      [3, 'seeker.duplicateId'],
      [9, 'import.education'],
    ]);
  });

  it('without Workers (unit tests, old engines) the same check runs in the page', async () => {
    const bytes = await seekersXlsx();
    const ports = { progress: () => undefined, registered: () => Promise.resolve(new Set<string>()) };
    const request = { kind: 'seekers', fileName: 'a.xlsx', today: TODAY, recordedBy: 's1' } as const;
    const inPage = await checkInBackground({ ...request, bytes: bytes.slice() }, ports, undefined, () => null);
    const inWorker = await checkInBackground({ ...request, bytes }, ports, undefined, checkWorker);
    expect(inWorker).toEqual(inPage);
    expect(inPage.ok && inPage.value.kind === 'seekers' && inPage.value.parsed.seekers).toHaveLength(ROWS - 1);
  });

  it('a file it cannot read comes back as a clear error, and the worker is ended', async () => {
    const worker = checkWorker();
    const result = await checkInBackground(
      { kind: 'jobs', fileName: 'jobs.xlsx', bytes: new Uint8Array([1, 2, 3]), today: TODAY, employers: new Map() },
      { progress: () => undefined, registered: () => Promise.resolve(new Set()) },
      undefined,
      () => worker,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'import.unreadable' } });
    expect(worker.terminated).toBe(true);
  });

  it('stopping (leaving the screen, choosing another file) ends the worker at once', async () => {
    const worker = checkWorker();
    const stop = new AbortController();
    const pending = checkInBackground(
      { kind: 'seekers', fileName: 'a.xlsx', bytes: await seekersXlsx(), today: TODAY, recordedBy: 's1' },
      { progress: () => stop.abort(), registered: () => Promise.resolve(new Set()) },
      stop.signal,
      () => worker,
    );
    expect(await pending).toMatchObject({ ok: false, error: { code: 'import.unreadable' } });
    expect(worker.terminated).toBe(true);
  });
});
