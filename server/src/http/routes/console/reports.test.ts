import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMonthlyReports } from '../../../reporting/monthly/monthly-reports';
import { CONSOLE, consoleForEachTest } from '../../../test-support/console';
import { sqliteFactory } from '../../../test-support/databases';
import { fakeReporting } from '../../../test-support/fake-reporting';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'county-data-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('console monthly reports', () => {
  const { reporting } = fakeReporting(2);
  const county = consoleForEachTest(async () => sqliteFactory(), {
    reporting,
    reports: (service, now) =>
      createMonthlyReports({
        reporting,
        dir: join(dir, 'exports'),
        now,
        county: service.countyAreaCode,
        audit: service.console.logAudit,
      }),
  });
  const { inject, loggedIn } = county;
  const json = { 'content-type': 'application/json' };
  const write = (cookie: string, payload: object = {}) =>
    inject({ method: 'POST', url: `${CONSOLE}/reports`, headers: { cookie, ...json }, payload });
  const get = (path: string, cookie?: string) =>
    inject({ method: 'GET', url: `${CONSOLE}/reports${path}`, headers: cookie ? { cookie } : {} });

  it('answers 401 without a session', async () => {
    expect((await get('')).statusCode).toBe(401);
    expect((await get('/522626-月报-2026-10.xlsx')).statusCode).toBe(401);
    const r = await inject({ method: 'POST', url: `${CONSOLE}/reports`, headers: json, payload: {} });
    expect(r.statusCode).toBe(401);
  });

  it('writes last month on demand for a county admin (not a viewer), lists it, and downloads it, audited', async () => {
    await county.service.addStation({ name: '幸福村就业服务站', areaCode: '522626101' });
    const viewer = await loggedIn('kan', 'viewer');
    expect((await write(viewer)).statusCode).toBe(403);
    const admin = await loggedIn('guan');
    const written = await write(admin);
    expect(written.statusCode).toBe(201);
    expect(written.json()).toMatchObject({ report: { name: '522626-月报-2026-10.xlsx', month: '2026-10' } });

    const list = await get('', viewer);
    expect(list.json()).toMatchObject({ reports: [{ name: '522626-月报-2026-10.xlsx', month: '2026-10' }] });
    const file = await get(`/${encodeURIComponent('522626-月报-2026-10.xlsx')}`, viewer);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('522626-月报-2026-10.xlsx')}`,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    expect(book.getWorksheet('总览')).toBeDefined();

    const audit = await inject({ method: 'GET', url: `${CONSOLE}/audit`, headers: { cookie: admin } });
    const actions = (audit.json() as { entries: { action: string; username: string | null }[] }).entries;
    expect(actions.slice(0, 2).map((e) => [e.username, e.action])).toEqual([
      ['kan', 'report.download'],
      ['guan', 'report.write'],
    ]);
  });

  it('gives nothing outside the reports: other files, parent folders, escapes', async () => {
    const admin = await loggedIn('guan');
    await write(admin, { month: '2026-09' });
    writeFileSync(join(dir, 'exports', 'notes.xlsx'), 'x');
    writeFileSync(join(dir, 'county-月报-2026-08.xlsx'), 'outside');
    for (const name of [
      'notes.xlsx',
      '..%2Fcounty-月报-2026-08.xlsx',
      '%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
      '..%5Ccounty-月报-2026-08.xlsx',
      `${encodeURIComponent('522626-月报-2026-10.xlsx')}`,
    ]) {
      const r = await get(`/${name}`, admin);
      expect([name, r.statusCode]).toEqual([name, 404]);
    }
  });

  it('answers a month not yet begun or malformed with 400 in Chinese', async () => {
    const admin = await loggedIn('guan');
    for (const payload of [{ month: '2026-12' }, { month: '2026-13' }, { month: '202611' }, { month: 11 }, { x: 1 }]) {
      const r = await write(admin, payload);
      expect([payload, r.statusCode]).toEqual([payload, 400]);
      expect((r.json() as { messageZh: string }).messageZh).toMatch(/月/);
    }
  });
});
